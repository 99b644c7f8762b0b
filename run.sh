#!/usr/bin/env bash
# Everything on this machine: PostgreSQL, RabbitMQ, Redis, six services, the gateway and a dashboard.
# Options go to the AppHost: --reset, --state DIR, --port-offset N, --gateway-port N, --dashboard-port N.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bash eng/setup.sh
exec dotnet run --project Marketplace.AppHost -- "$@"
