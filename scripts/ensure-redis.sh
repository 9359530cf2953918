#!/usr/bin/env bash
# Makes sure `redis-server` is on PATH, installing the Debian package when it is not.
# Integration tests start a real redis-server (test/setup/global-setup.ts); CI runs this first.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  echo "ensure-redis: $(command -v redis-server) present ($(redis-server --version | head -n1))"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
else
  echo "ensure-redis: redis-server is not installed and this user cannot install packages." >&2
  echo "ensure-redis: run 'apt-get install -y redis-server' as root, or set REDIS_URL to a running Redis." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis: redis-server is not installed and apt-get is not available: install Redis or set REDIS_URL." >&2
  exit 1
fi

echo "ensure-redis: redis-server not found; running apt-get update -qq && apt-get install -y -qq redis-server"
export DEBIAN_FRONTEND=noninteractive
if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq redis-server; }; then
  echo "ensure-redis: apt-get failed to install redis-server (see above)." >&2
  exit 1
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "ensure-redis: redis-server still not on PATH after installing the package (PATH=$PATH)." >&2
  exit 1
fi
echo "ensure-redis: installed $(command -v redis-server) ($(redis-server --version | head -n1))"
