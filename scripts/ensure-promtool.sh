#!/usr/bin/env bash
# Makes sure `promtool` (Prometheus's own checker) is on PATH, installing the Debian package
# `prometheus` when it is not. test/integration/metrics runs `promtool check metrics` on a scrape.
set -euo pipefail

if command -v promtool >/dev/null 2>&1; then
  echo "ensure-promtool: $(command -v promtool) present ($(promtool --version 2>&1 | head -n1))"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
else
  echo "ensure-promtool: promtool is not installed and this user cannot install packages." >&2
  echo "ensure-promtool: run 'apt-get install -y prometheus' as root." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-promtool: promtool is not installed and apt-get is not available: install Prometheus's promtool." >&2
  exit 1
fi

echo "ensure-promtool: promtool not found; running apt-get update -qq && apt-get install -y -qq prometheus"
export DEBIAN_FRONTEND=noninteractive
# The package's post-install may try to start the Prometheus daemon; without systemd that is skipped.
if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends prometheus; }; then
  echo "ensure-promtool: apt-get failed to install prometheus (see above)." >&2
  exit 1
fi

if ! command -v promtool >/dev/null 2>&1; then
  echo "ensure-promtool: promtool still not on PATH after installing the package (PATH=$PATH)." >&2
  exit 1
fi
echo "ensure-promtool: installed $(command -v promtool) ($(promtool --version 2>&1 | head -n1))"
