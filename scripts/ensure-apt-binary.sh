#!/usr/bin/env bash
# Usage: ensure-apt-binary.sh <binary> <debian-package> <hint when it cannot be installed>
# Makes sure <binary> is on PATH, installing the Debian package when it is not (CI machines start
# bare). Tests need real redis-server and promtool; they never skip when these are missing.
set -euo pipefail
bin="$1" pkg="$2" hint="$3"
tag="ensure-$bin"
version() { "$bin" --version 2>&1 | head -n1; }

if command -v "$bin" >/dev/null 2>&1; then
  echo "$tag: $(command -v "$bin") present ($(version))"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
else
  echo "$tag: $bin is not installed and this user cannot install packages." >&2
  echo "$tag: run 'apt-get install -y $pkg' as root, or $hint." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$tag: $bin is not installed and apt-get is not available: $hint." >&2
  exit 1
fi

echo "$tag: $bin not found; running apt-get update -qq && apt-get install -y -qq $pkg"
export DEBIAN_FRONTEND=noninteractive
# --no-install-recommends: prometheus would pull its exporters; a post-install that tries to start a
# daemon is skipped without systemd.
if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$pkg"; }; then
  echo "$tag: apt-get failed to install $pkg (see above)." >&2
  exit 1
fi

if ! command -v "$bin" >/dev/null 2>&1; then
  echo "$tag: $bin still not on PATH after installing $pkg (PATH=$PATH)." >&2
  exit 1
fi
echo "$tag: installed $(command -v "$bin") ($(version))"
