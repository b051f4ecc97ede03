#!/usr/bin/env bash
# Rebuilds countries-110m.geojson from the npm packages world-atlas (Natural Earth 1:110m, TopoJSON) and topojson-client.
# Run once when updating the map data; the result is committed, so Attest needs no network or Node at run time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/convert.mjs" "$work/"
cd "$work"
npm init -y >/dev/null
npm install --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
node convert.mjs node_modules/world-atlas/countries-110m.json "$here/countries-110m.geojson"
