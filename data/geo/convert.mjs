// Converts world-atlas's Natural Earth 110m TopoJSON into plain GeoJSON (RFC 7946) that Attest reads offline.
// Coordinates are rounded to 0.01° (about 1 km): far finer than a 1:110m map can show, and it keeps the file small.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const [input, output] = process.argv.slice(2);
const topology = JSON.parse(readFileSync(input, "utf8"));
const countries = feature(topology, topology.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
const features = countries.features
  .filter((f) => f.geometry)
  .map((f) => ({
    type: "Feature",
    id: f.id ?? null,
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }));
writeFileSync(output, JSON.stringify({ type: "FeatureCollection", features }) + "\n");
console.error(`${features.length} countries written to ${output}`);
