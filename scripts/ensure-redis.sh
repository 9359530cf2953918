#!/usr/bin/env bash
# Integration tests start a real redis-server (test/setup/global-setup.ts); CI runs this first.
exec bash "$(dirname "$0")/ensure-apt-binary.sh" redis-server redis-server "set REDIS_URL to a running Redis"
