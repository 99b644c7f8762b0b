#!/usr/bin/env bash
# Runs every test: setup (idempotent), then the whole solution's tests against real PostgreSQL+pgvector,
# RabbitMQ and Redis, which the test projects start themselves through Aspire on free loopback ports.
# TRX results land in TestResults/ (.ci/run counts them). Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bash eng/setup.sh
rm -rf TestResults
# One test assembly at a time: each starts its own brokers and databases, and the end-to-end tests start the
# whole AppHost; on two cores, running them side by side only makes every one of them slower.
export ASPIRE_VERSION_CHECK_DISABLED=true
exec dotnet test Marketplace.sln -m:1 --logger "trx" --results-directory TestResults "$@"
