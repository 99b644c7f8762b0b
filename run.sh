#!/usr/bin/env bash
# Everything on this machine through the .NET Aspire AppHost: PostgreSQL, RabbitMQ, Redis, six services, the gateway
# and the Aspire dashboard. Options go to the AppHost: --reset, --state DIR, --port-offset N, --gateway-port N,
# --dashboard-port N, --allow-anonymous-dashboard. Ctrl+C or SIGTERM stops everything it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bash eng/setup.sh
export ASPIRE_VERSION_CHECK_DISABLED=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project Marketplace.AppHost -- "$@"
