/**
 * The catalog: every zone a user can find, select or read about, built once from the shipped
 * layers (every municipality has its own polygon in DANE's MGN boundaries).
 */
import { bbox as boundingBox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { ZoneLayerId, ZoneRef } from '../analysis/zone-layers';
import { normalizeName } from '../geo/normalize-name';
import type { ZoneCollections } from '../io/load-atlas-data';
import type { Manifest } from '../io/manifest';

export type BBox = [number, number, number, number];

export interface MunicipalityInfo {
  divipola: string;
  name: string;
  department: string;
  pdetSubregion: string | null;
  zonaFuturo: string | null;
  zfVerified: boolean | null;
  pilot: boolean;
  areaKm2: number | null;
  /** True when `areaKm2` is DANE's official area (MGN `MPIO_NAREA`), false when computed. */
  areaOfficial: boolean;
  bbox: BBox;
}

export interface ProgrammeZoneInfo {
  name: string;
  /** Official member count. */
  municipalityCount: number;
  divipolaCodes: string[];
  verifiedCount: number | null;
  candidateCount: number | null;
  bbox: BBox;
}

export interface CatalogEntry {
  ref: ZoneRef;
  name: string;
  /** Department for municipalities, empty otherwise; shown next to the name. */
  detail: string;
  /** The name folded by `normalizeName` (lower-case ASCII words), used for matching. */
  searchKey: string;
  bbox: BBox;
}

export interface Catalog {
  municipalities: Map<string, MunicipalityInfo>;
  pdetSubregions: Map<string, ProgrammeZoneInfo>;
  zonasFuturo: Map<string, ProgrammeZoneInfo>;
  pilots: string[];
  entries: CatalogEntry[];
}

/**
 * @example
 * const { manifest, collections } = await loadAtlasData(fetchJson);
 * buildCatalog(manifest, collections).pilots; // ['05120', '52835', '54720']
 */
export function buildCatalog(manifest: Manifest, collections: ZoneCollections): Catalog {
  const input = {
    manifest,
    municipalities: collections.municipalities,
    pdetSubregions: collections['pdet-subregions'],
    zonasFuturo: collections['zonas-futuro'],
    pilots: collections['pilot-municipalities'],
  };
  const municipalities = new Map<string, MunicipalityInfo>();
  for (const feature of input.municipalities.features) {
    const p = feature.properties ?? {};
    municipalities.set(String(p.divipola), {
      divipola: String(p.divipola),
      name: String(p.name),
      department: String(p.department ?? ''),
      pdetSubregion: (p.pdet_subregion as string | null) ?? null,
      zonaFuturo: (p.zona_futuro as string | null) ?? null,
      zfVerified: (p.zf_verified as boolean | null) ?? null,
      pilot: p.pilot === true,
      areaKm2: typeof p.area_km2 === 'number' ? p.area_km2 : null,
      areaOfficial: p.area_official === true,
      bbox: boundingBox(feature, { recompute: true }) as BBox,
    });
  }

  const pdetSubregions = programmeZones(input.pdetSubregions);
  const zonasFuturo = programmeZones(input.zonasFuturo);
  const pilots = input.pilots.features.map((f) => String(f.properties?.divipola)).sort();

  const entries: CatalogEntry[] = [];
  const add = (layer: ZoneLayerId, id: string, name: string, detail: string, bbox: BBox) =>
    entries.push({ ref: { layer, id }, name, detail, searchKey: normalizeName(name), bbox });
  for (const zone of pdetSubregions.values()) add('pdet-subregions', zone.name, zone.name, '', zone.bbox);
  for (const zone of zonasFuturo.values()) add('zonas-futuro', zone.name, zone.name, '', zone.bbox);
  for (const code of pilots) {
    const m = municipalities.get(code);
    if (m) add('pilot-municipalities', code, m.name, m.department, m.bbox);
  }
  for (const m of municipalities.values()) add('municipalities', m.divipola, m.name, m.department, m.bbox);
  return { municipalities, pdetSubregions, zonasFuturo, pilots, entries };
}

function programmeZones(collection: FeatureCollection): Map<string, ProgrammeZoneInfo> {
  const zones = new Map<string, ProgrammeZoneInfo>();
  const features = [...collection.features].sort((a, b) =>
    String(a.properties?.name).localeCompare(String(b.properties?.name), 'es'),
  );
  for (const feature of features) {
    const p = feature.properties ?? {};
    const codes = ((p.divipola_codes as string[] | undefined) ?? []).map(String);
    zones.set(String(p.name), {
      name: String(p.name),
      municipalityCount: typeof p.municipality_count === 'number' ? p.municipality_count : codes.length,
      divipolaCodes: codes,
      verifiedCount: typeof p.verified_count === 'number' ? p.verified_count : null,
      candidateCount: typeof p.candidate_count === 'number' ? p.candidate_count : null,
      bbox: boundingBox(feature, { recompute: true }) as BBox,
    });
  }
  return zones;
}

/**
 * Finds zones by name: accent- and case-insensitive; whole-name matches first, then names that
 * start with the query, then names with a word starting with it, then any substring.
 *
 * @example searchCatalog(catalog, 'sardi')[0].name // 'Sardinata'
 */
export function searchCatalog(catalog: Catalog, query: string, limit = 12): CatalogEntry[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const scored: { entry: CatalogEntry; score: number }[] = [];
  for (const entry of catalog.entries) {
    const key = entry.searchKey;
    let score = -1;
    if (key === q) score = 0;
    else if (key.startsWith(q)) score = 1;
    else if (key.split(' ').some((word) => word.startsWith(q))) score = 2;
    else if (key.includes(q)) score = 3;
    if (score >= 0) scored.push({ entry, score });
  }
  const layerRank: Record<ZoneLayerId, number> = {
    'pilot-municipalities': 0,
    'pdet-subregions': 1,
    'zonas-futuro': 2,
    municipalities: 3,
  };
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      layerRank[a.entry.ref.layer] - layerRank[b.entry.ref.layer] ||
      a.entry.name.localeCompare(b.entry.name, 'es'),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}

/** Members of a programme zone with their municipality info, sorted by name. */
export function zoneMembers(catalog: Catalog, zone: ProgrammeZoneInfo): MunicipalityInfo[] {
  return zone.divipolaCodes
    .map((code) => catalog.municipalities.get(code))
    .filter((m): m is MunicipalityInfo => m !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'es'));
}

/** The bbox to fly to for a zone reference, or null when the catalog does not know it. */
export function zoneBBox(catalog: Catalog, ref: ZoneRef): BBox | null {
  if (ref.layer === 'municipalities' || ref.layer === 'pilot-municipalities') {
    return catalog.municipalities.get(ref.id)?.bbox ?? null;
  }
  const zones = ref.layer === 'pdet-subregions' ? catalog.pdetSubregions : catalog.zonasFuturo;
  return zones.get(ref.id)?.bbox ?? null;
}
