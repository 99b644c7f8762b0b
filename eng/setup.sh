#!/usr/bin/env bash
# Installs what the marketplace needs on a machine of this kind, idempotently: seconds when all is there.
#   - rabbitmq-server and redis-server from Debian's packages (run later as plain processes, no systemd)
#   - pgvector 0.8.0 built from Debian's source package against the installed PostgreSQL 15
#   - a local NuGet feed holding System.IO.Hashing, which YARP needs and the package mirror lacks,
#     packed from the assembly the installed .NET SDK carries (MIT); never committed
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pg_bin=/usr/lib/postgresql/15/bin
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf '[setup] %s\n' "$*"; }

apt_updated=
apt_update_once() {
  if [ -z "$apt_updated" ]; then sudo_if_needed apt-get update -qq; apt_updated=1; fi
}

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt_update_once
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian's maintainer scripts may start daemons through init scripts; the AppHost runs its own.
  sudo_if_needed pkill -x redis-server 2>/dev/null || true
  sudo_if_needed pkill -f 'beam.*rabbit' 2>/dev/null || true
  sudo_if_needed pkill -x epmd 2>/dev/null || true
fi

if [ ! -f /usr/share/postgresql/15/extension/vector--0.8.0.sql ]; then
  log "building pgvector 0.8.0 from Debian's source package"
  src_list=/etc/apt/sources.list.d/marketplace-trixie-src.sources
  if [ ! -f "$src_list" ]; then
    sudo_if_needed tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt_updated=
  fi
  apt_update_once
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql-server-dev-15 dpkg-dev make gcc >/dev/null
  build="$(mktemp -d)"
  (cd "$build" && apt-get source -qq pgvector=0.8.0-1 >/dev/null 2>&1 \
    && cd pgvector-0.8.0 \
    && make -s PG_CONFIG="$pg_bin/pg_config" OPTFLAGS="" >/dev/null \
    && sudo_if_needed make -s PG_CONFIG="$pg_bin/pg_config" install >/dev/null)
  rm -rf "$build"
fi

feed="$root/.state/nuget-feed"   # NuGet.config names this path
if [ ! -f "$feed/system.io.hashing.10.0.0.nupkg" ]; then
  log "packing System.IO.Hashing from the .NET SDK into $feed"
  sdk_dir="$(dotnet --list-sdks | sort -V | tail -n 1 | sed -E 's/^([^ ]+) \[(.*)\]$/\2\/\1/')"
  dll="$sdk_dir/Sdks/Microsoft.NET.Sdk/tools/net10.0/System.IO.Hashing.dll"
  [ -f "$dll" ] || { echo "[setup] $dll not found: is the .NET 10 SDK installed?" >&2; exit 1; }
  mkdir -p "$feed"
  python3 - "$dll" "$feed/system.io.hashing.10.0.0.nupkg" <<'PY'
import sys, zipfile
dll, out = sys.argv[1], sys.argv[2]
nuspec = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>System.IO.Hashing</id>
    <version>10.0.0</version>
    <authors>Microsoft</authors>
    <license type="expression">MIT</license>
    <description>System.IO.Hashing as shipped inside the .NET SDK, packed locally because the package mirror lacks it.</description>
    <dependencies><group targetFramework="net10.0" /></dependencies>
  </metadata>
</package>"""
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("System.IO.Hashing.nuspec", nuspec)
    z.write(dll, "lib/net10.0/System.IO.Hashing.dll")
PY
fi
log "ready"
