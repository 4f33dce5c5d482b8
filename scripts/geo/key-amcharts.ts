/**
 * Keys the amCharts Colombia municipal features by DIVIPOLA code. The source carries no code: each
 * feature has `name` and `DISTRICT` (department) only, and its `id` is not unique. We match the
 * folded name within the department against the DIVIPOLA table, after applying the explicit
 * source-fix table (renamed, mislabelled, merged or dropped features).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { normalizeName } from '../../src/geo/normalize-name.ts';
import type { ReferenceTables, SourceFix } from './read-reference.ts';

export type AreaFeature = Feature<Polygon | MultiPolygon, { divipola: string }>;

export interface KeyedSource {
  features: AreaFeature[];
  /** Fixes that were applied, in source order (for the build log and docs). */
  applied: SourceFix[];
}

interface AmchartsProperties {
  name: string;
  DISTRICT: string;
}

/**
 * Returns one feature per source feature (dropped ones removed) with `{ divipola }` properties.
 * Throws when a feature matches no code, or two features claim one code without a `merge` fix.
 *
 * @example
 * keyAmcharts(colombiaMuniHigh.features, tables).features[0].properties // => { divipola: '99624' }
 */
export function keyAmcharts(
  features: Feature<Polygon | MultiPolygon, AmchartsProperties>[],
  tables: ReferenceTables,
): KeyedSource {
  const departmentCodes = new Map(
    [...tables.departmentNames].map(([code, name]) => [normalizeName(name), code]),
  );
  const byName = new Map<string, string[]>();
  for (const [code, name] of tables.municipalityNames) {
    const key = `${code.slice(0, 2)}|${normalizeName(name)}`;
    byName.set(key, [...(byName.get(key) ?? []), code]);
  }
  const fixes = new Map(tables.sourceFixes.map((fix) => [`${fix.department}|${fix.name}`, fix]));
  const claimed = new Map<string, string>();
  const applied: SourceFix[] = [];
  const keyed: AreaFeature[] = [];
  for (const feature of features) {
    const { name, DISTRICT: department } = feature.properties;
    const label = `${department} / ${name}`;
    const fix = fixes.get(`${department}|${name}`);
    if (fix) applied.push(fix);
    if (fix?.action === 'drop') continue;
    const matches = fix
      ? [fix.divipola]
      : (byName.get(`${departmentCodes.get(normalizeName(department))}|${normalizeName(name)}`) ?? []);
    if (matches.length !== 1)
      throw new Error(`amCharts feature ${label}: ${matches.length} DIVIPOLA matches`);
    const code = matches[0];
    if (claimed.has(code) && fix?.action !== 'merge' && !isMergeTarget(code, tables)) {
      throw new Error(`amCharts features ${claimed.get(code)} and ${label} both map to ${code}`);
    }
    claimed.set(code, label);
    keyed.push({ type: 'Feature', properties: { divipola: code }, geometry: feature.geometry });
  }
  return { features: keyed, applied };
}

function isMergeTarget(code: string, tables: ReferenceTables): boolean {
  return tables.sourceFixes.some((fix) => fix.action === 'merge' && fix.divipola === code);
}
