#!/usr/bin/env bash
# Installs what the marketplace needs on a machine of this kind, idempotently: seconds when all is there.
#   - rabbitmq-server and redis-server from Debian's packages (run later as plain processes, no systemd)
#   - chromium and a font from Debian's packages for the web app's browser tests
#   - pgvector 0.8.0 built from Debian's source package against the installed PostgreSQL 15
set -euo pipefail

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
# The browser tests drive Debian's Chromium (no browser download); a font so screenshots show text.
command -v chromium >/dev/null || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
# The servers' processes on this machine right now (other projects' and other developers' included).
server_pids() { { pgrep -x redis-server; pgrep -x beam.smp; pgrep -x epmd; } 2>/dev/null || true; }

if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt_update_once
  # Debian's maintainer scripts start the system's daemons; the AppHost runs its own. Ask invoke-rc.d not to start
  # them (policy-rc.d exit 101, unless the machine already has a policy), and stop, by pid, only daemons that
  # appeared during this install anyway — never a server something else was already running.
  before="$(server_pids)"
  policy=/usr/sbin/policy-rc.d
  own_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | sudo_if_needed tee "$policy" >/dev/null
    sudo_if_needed chmod 755 "$policy"
    own_policy=1
  fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { [ -n "$own_policy" ] && sudo_if_needed rm -f "$policy"; exit 1; }
  [ -n "$own_policy" ] && sudo_if_needed rm -f "$policy"
  # Exact whole-line matches only: a pid that was there before is never a candidate.
  started="$(server_pids | grep -vxF -e '' -f <(printf '%s\n' "$before") || true)"
  if [ -n "$started" ]; then
    log "stopping the daemons the install started: pids $(echo $started)"
    # shellcheck disable=SC2086
    sudo_if_needed kill $started 2>/dev/null || true
  fi
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

log "ready"
