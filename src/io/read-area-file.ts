/**
 * Validates a user's area file (GeoJSON text) at the edge, before anything else sees it: accepts a
 * FeatureCollection, a Feature or a bare Polygon/MultiPolygon; keeps the polygon features, reports
 * the others by index, rejects the file with one problem when nothing usable is left or the file
 * is too big, not JSON, or not in lon/lat degrees. Valid polygons are rewound to RFC 7946 (outer
 * rings counter-clockwise). Problems are data (a code + values) so the UI words them in its
 * language; the file's text is never rendered as HTML.
 */
import { bbox, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** An imported area: what the store, the map and the analysis read. */
export interface CustomArea {
  name: string;
  /** File name, for messages and notes. */
  file: string;
  collection: FeatureCollection<Polygon | MultiPolygon>;
  /** [west, south, east, north]. */
  bbox: [number, number, number, number];
}

export const MAX_AREA_FILE_BYTES = 5_000_000;
export const MAX_AREA_VERTICES = 200_000;

/** Why a file was rejected as a whole. */
export type AreaProblem =
  | { code: 'tooLarge'; file: string; bytes: number; limit: number }
  | { code: 'notJson'; file: string; line: number | null; column: number | null }
  | { code: 'notGeoJson'; file: string; found: string }
  | { code: 'noPolygons'; file: string }
  | { code: 'projected'; file: string; feature: number; x: number; y: number }
  | { code: 'tooManyVertices'; file: string; vertices: number; limit: number };

/** A feature left out of an accepted (or rejected) file. */
export interface SkippedFeature {
  /** Position in the file's feature list (0-based). */
  index: number;
  reason: 'notPolygon' | 'noGeometry' | 'badCoordinates';
  /** The geometry type found, for `notPolygon`. */
  geometryType?: string;
}

export type AreaFileResult =
  | { ok: true; area: CustomArea; skipped: SkippedFeature[]; vertices: number }
  | { ok: false; problem: AreaProblem; skipped: SkippedFeature[] };

/**
 * The size check alone, so a caller can refuse a big file before reading it.
 *
 * @example checkAreaFileSize('a.geojson', 6e6)?.code; // 'tooLarge'
 */
export function checkAreaFileSize(file: string, bytes: number): AreaProblem | null {
  return bytes > MAX_AREA_FILE_BYTES ? { code: 'tooLarge', file, bytes, limit: MAX_AREA_FILE_BYTES } : null;
}

/**
 * Reads an area file's text.
 *
 * @example
 * const result = readAreaFile(text, 'veredas.geojson');
 * if (result.ok) store.setCustomArea(result.area); else show(result.problem);
 */
export function readAreaFile(text: string, file: string, options: { bytes?: number } = {}): AreaFileResult {
  const fail = (problem: AreaProblem, skipped: SkippedFeature[] = []): AreaFileResult => ({
    ok: false,
    problem,
    skipped,
  });
  const tooLarge = checkAreaFileSize(file, options.bytes ?? text.length);
  if (tooLarge) return fail(tooLarge);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'notJson', file, ...jsonErrorPosition(text, error) });
  }
  const candidates = featuresOf(value);
  if (!candidates) return fail({ code: 'notGeoJson', file, found: describe(value) });

  const kept: Feature<Polygon | MultiPolygon>[] = [];
  const skipped: SkippedFeature[] = [];
  let vertices = 0;
  for (const [index, feature] of candidates.entries()) {
    const geometry = (feature as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    if (!geometry) {
      skipped.push({ index, reason: 'noGeometry' });
      continue;
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      skipped.push({ index, reason: 'notPolygon', geometryType: String(geometry.type) });
      continue;
    }
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as unknown[];
    if (!Array.isArray(polygons) || !polygons.every(isPolygonRings)) {
      skipped.push({ index, reason: 'badCoordinates' });
      continue;
    }
    for (const rings of polygons as Position[][][]) {
      for (const ring of rings) {
        for (const [x, y] of ring) {
          if (Math.abs(x) > 180 || Math.abs(y) > 90)
            return fail({ code: 'projected', file, feature: index, x, y });
        }
        vertices += ring.length;
      }
    }
    if (vertices > MAX_AREA_VERTICES) {
      return fail({ code: 'tooManyVertices', file, vertices, limit: MAX_AREA_VERTICES }, skipped);
    }
    const properties = (feature as { properties?: unknown }).properties;
    kept.push({
      type: 'Feature',
      properties: isRecord(properties) ? { ...properties } : {},
      geometry: rewind(
        structuredClone({ type: geometry.type, coordinates: geometry.coordinates }) as Polygon | MultiPolygon,
        { mutate: true },
      ) as Polygon | MultiPolygon,
    });
  }
  if (kept.length === 0) return fail({ code: 'noPolygons', file }, skipped);
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: kept };
  return {
    ok: true,
    area: { name: areaName(kept, file), file, collection, bbox: bbox(collection) as CustomArea['bbox'] },
    skipped,
    vertices,
  };
}

/** The feature list of a FeatureCollection, a Feature or a bare geometry; null if none of those. */
function featuresOf(value: unknown): unknown[] | null {
  if (!isRecord(value)) return null;
  if (value.type === 'FeatureCollection') return Array.isArray(value.features) ? value.features : null;
  if (value.type === 'Feature') return [value];
  if (typeof value.type === 'string' && 'coordinates' in value) {
    return [{ type: 'Feature', properties: {}, geometry: value }];
  }
  return null;
}

function isPolygonRings(rings: unknown): boolean {
  return (
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every(
      (ring) =>
        Array.isArray(ring) &&
        ring.length >= 4 &&
        ring.every(
          (position) =>
            Array.isArray(position) &&
            position.length >= 2 &&
            Number.isFinite(position[0]) &&
            Number.isFinite(position[1]),
        ),
    )
  );
}

/** The `name` (or `nombre`) of the first feature that has one, else the file name without extension. */
function areaName(features: readonly Feature[], file: string): string {
  for (const feature of features) {
    const properties = feature.properties ?? {};
    for (const key of ['name', 'nombre', 'NAME', 'NOMBRE']) {
      const value = properties[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
  }
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(geo)?json$/i, '');
  return base || file;
}

/** Line and column (1-based) of a JSON.parse error, when the engine reports a position. */
function jsonErrorPosition(text: string, error: unknown): { line: number | null; column: number | null } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = errorOffset(text, message);
  if (offset === null) return { line: null, column: null };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/**
 * The character offset of a JSON.parse error: V8 gives "at position N", or for an unexpected token
 * a quoted excerpt (10 characters either side, "..." where cut) that is found back in the text.
 */
function errorOffset(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const excerpt = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (!excerpt) return null;
  const start = text.indexOf(excerpt[3]);
  if (start < 0) return null;
  return excerpt[2] ? start + 10 : start + Math.max(0, excerpt[3].indexOf(excerpt[1]));
}

function describe(value: unknown): string {
  if (isRecord(value)) return typeof value.type === 'string' ? `type "${value.type.slice(0, 40)}"` : 'object';
  return Array.isArray(value) ? 'array' : typeof value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
