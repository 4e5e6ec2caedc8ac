#!/usr/bin/env bash
# Installs, from Debian's packages, what the test suite needs and the machine
# lacks. Idempotent: does nothing when everything is there.
set -euo pipefail

# Debian package → a file it installs that the tests use.
declare -A needs=(
  [chromium]=/usr/bin/chromium
  [kamailio]=/usr/sbin/kamailio
  [kamailio-websocket-modules]=/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so
  [kamailio-sqlite-modules]=/usr/lib/x86_64-linux-gnu/kamailio/modules/db_sqlite.so
  [kamailio-tls-modules]=/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so
  [kamailio-presence-modules]=/usr/lib/x86_64-linux-gnu/kamailio/modules/presence.so
  [rtpengine-daemon]=/usr/bin/rtpengine
  [baresip-core]=/usr/bin/baresip
  [linphone-cli]=/usr/bin/linphonec
  [sox]=/usr/bin/sox
  [openssl]=/usr/bin/openssl
)
missing=()
for package in "${!needs[@]}"; do
  [ -e "${needs[$package]}" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing test dependencies from Debian: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "error: the tests need these Debian packages: ${missing[*]}." >&2
    echo "       Install them as root (apt-get install -y ${missing[*]}) and run the tests again." >&2
    exit 1
  fi
else
  as_root=()
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update -qq || ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  echo "error: could not install ${missing[*]} with apt-get (is Debian's package mirror reachable?)." >&2
  exit 1
fi
echo "Installed: ${missing[*]}"
