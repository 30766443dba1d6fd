/**
 * Builds and queries a synthetic national hierarchy the size of Vietnam's before 2025: 63 provinces,
 * 700 districts, 10,000 communes and 100,000 villages. Reports build time, peak memory and
 * code-at-date look-ups per second, against a plain Map from code to unit in the same run.
 * Bars (issue 3): built in under 1 second; at least 1,000,000 look-ups per second.
 */
import { performance } from 'node:perf_hooks';
import { type AdminUnitInput, type Hierarchy, buildHierarchy, descendantsOf, pathOf, unitAt } from '../src/index.js';
import { report, timeCase } from './harness.js';

const provinces = 63;
const districts = 700;
const communes = 10_000;
const villages = 100_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function syntheticUnits(): AdminUnitInput[] {
  const units: AdminUnitInput[] = [];
  for (let p = 1; p <= provinces; p += 1) {
    units.push({ code: pad(p, 2), name: `Tỉnh ${String(p)}`, type: 'province', level: 'province', validFrom: '2004-07-08' });
  }
  for (let d = 1; d <= districts; d += 1) {
    const parent = pad(((d - 1) % provinces) + 1, 2);
    units.push({ code: pad(d, 3), name: `Huyện ${String(d)}`, type: 'rural-district', level: 'district', parent, validFrom: '2004-07-08' });
  }
  for (let c = 1; c <= communes; c += 1) {
    const parent = pad(((c - 1) % districts) + 1, 3);
    units.push({ code: pad(c, 5), name: `Xã ${String(c)}`, type: 'commune', level: 'commune', parent, validFrom: '2004-07-08' });
  }
  for (let v = 1; v <= villages; v += 1) {
    const parent = pad(((v - 1) % communes) + 1, 5);
    units.push({ code: `${parent}-${pad(v, 6)}`, name: `Thôn ${String(v)}`, type: 'village', level: 'village', parent, validFrom: '2010-01-01' });
  }
  return units;
}

const units = syntheticUnits();
const rssBefore = process.memoryUsage().rss;
const buildStart = performance.now();
const hierarchy: Hierarchy = buildHierarchy(units);
const firstBuildMs = performance.now() - buildStart;
const rssAfterBuild = process.memoryUsage().rss;

const build = timeCase('buildHierarchy (110,763 units)', () => buildHierarchy(units), 3);
const plainBuild = timeCase('plain Map build', () => new Map(units.map((unit) => [unit.code, unit])), 3);
report('Build a national hierarchy', build, plainBuild, [
  `first build : ${firstBuildMs.toFixed(0)} ms (bar: under 1000 ms)`,
  `memory      : +${((rssAfterBuild - rssBefore) / 2 ** 20).toFixed(0)} MB RSS for the first build`,
]);

// Look-ups: random codes of every level at dates spread over the validity.
const lookups = 1_000_000;
const codes = units.map((unit) => unit.code);
const dates = ['2012-03-31', '2018-06-30', '2024-12-31', '2025-06-30'];
const queryCodes: string[] = [];
const queryDates: string[] = [];
let seed = 42;
for (let i = 0; i < lookups; i += 1) {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  queryCodes.push(codes[seed % codes.length] ?? '01');
  queryDates.push(dates[i % dates.length] ?? '2024-12-31');
}
const plainMap = new Map(units.map((unit) => [unit.code, unit]));

const lookup = timeCase('unitAt × 1,000,000', () => {
  let found = 0;
  for (let i = 0; i < lookups; i += 1) {
    if (unitAt(hierarchy, queryCodes[i] ?? '', queryDates[i] ?? '') !== undefined) found += 1;
  }
  return found;
});
const plainLookup = timeCase('Map.get × 1,000,000', () => {
  let found = 0;
  for (let i = 0; i < lookups; i += 1) {
    if (plainMap.get(queryCodes[i] ?? '') !== undefined) found += 1;
  }
  return found;
});
const perSecond = (lookups / lookup.medianMs) * 1000;
report('Code-at-date look-ups', lookup, plainLookup, [
  `look-ups/s : ${Math.round(perSecond).toLocaleString('en-US')} (bar: at least 1,000,000)`,
]);

const paths = timeCase('pathOf × 100,000 villages', () => {
  let depth = 0;
  for (let i = 0; i < 100_000; i += 1) depth += pathOf(hierarchy, queryCodes[i] ?? '', '2024-12-31').length;
  return depth;
});
const plainPaths = timeCase('plain parent walk × 100,000', () => {
  let depth = 0;
  for (let i = 0; i < 100_000; i += 1) {
    let unit = plainMap.get(queryCodes[i] ?? '');
    while (unit !== undefined) {
      depth += 1;
      unit = unit.parent === undefined ? undefined : plainMap.get(unit.parent);
    }
  }
  return depth;
});
report('Paths to the root', paths, plainPaths);

const subtree = timeCase('descendantsOf(province) × 63', () => {
  let count = 0;
  for (let p = 1; p <= provinces; p += 1) count += descendantsOf(hierarchy, pad(p, 2), '2024-12-31').length;
  return count;
});
const plainSubtree = timeCase('plain children walk × 63', () => {
  const children = new Map<string, string[]>();
  for (const unit of units) if (unit.parent !== undefined) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit.code]);
  let count = 0;
  for (let p = 1; p <= provinces; p += 1) {
    const stack = [...(children.get(pad(p, 2)) ?? [])];
    for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
      count += 1;
      stack.push(...(children.get(code) ?? []));
    }
  }
  return count;
}, 1);
report('Whole subtrees', subtree, plainSubtree, ['(the plain baseline also builds its child index on each run)']);
