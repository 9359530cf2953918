#!/usr/bin/env bash
# test/integration/metrics runs Prometheus's own `promtool check metrics` on a scrape.
exec bash "$(dirname "$0")/ensure-apt-binary.sh" promtool prometheus "install Prometheus's promtool"
