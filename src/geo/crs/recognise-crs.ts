/**
 * Recognises a declared coordinate reference system (a `.prj`/WKT text, or a GeoJSON `crs` name such
 * as `urn:ogc:def:crs:EPSG::9377`) as one of the Colombian systems the atlas supports, by comparing
 * the projection's parameters, never its name: mapshaper writes CTM12 as "UNK /
 * Transverse_Mercator", ArcGIS as "MAGNA_SIRGAS_CMT12", QGIS as "MAGNA-SIRGAS 2018 /
 * Origen-Nacional", and all of them are the same projection.
 */
import proj4 from 'proj4';
import { COLOMBIAN_CRS, CRS_CODES, type CrsCode } from './colombian-crs';

export type CrsRecognition = { crs: CrsCode } | { problem: string };

const GRS80_RF = 298.257222101;
const WGS84_RF = 298.257223563;
const DEGREE = 180 / Math.PI;

/**
 * @example
 * recogniseCrs({ wkt: 'PROJCS["UNK",GEOGCS["GCS_MAGNA",…],PROJECTION["Transverse_Mercator"],…]' })
 * // => { crs: 'EPSG:9377' }
 * recogniseCrs({ name: 'urn:ogc:def:crs:OGC:1.3:CRS84' }) // => { crs: 'EPSG:4326' }
 * recogniseCrs({ name: 'EPSG:32618' }) // => { problem: 'EPSG:32618 is not a supported CRS …' }
 */
export function recogniseCrs(declared: { wkt?: string; name?: string }): CrsRecognition {
  if (declared.wkt !== undefined && declared.wkt.trim() !== '') return fromWkt(declared.wkt.trim());
  if (declared.name !== undefined) return fromName(declared.name.trim());
  return { problem: 'no CRS declared' };
}

function fromName(name: string): CrsRecognition {
  if (/CRS84$/i.test(name)) return { crs: 'EPSG:4326' };
  const match = /EPSG(?:\/\d+\/|:[\d.]*:|:)(\d{4,5})$/i.exec(name) ?? /^(\d{4,5})$/.exec(name);
  if (match) {
    const code = `EPSG:${match[1]}` as CrsCode;
    if (CRS_CODES.includes(code)) return { crs: code };
    if (match[1] === '20046') return { crs: 'EPSG:4686' };
    return { problem: `${code} is not a supported CRS (${supportedList()})` };
  }
  return { problem: `CRS "${name}" not recognised (${supportedList()})` };
}

interface Proj4Parameters {
  projName?: string;
  lat0?: number;
  long0?: number;
  k0?: number;
  x0?: number;
  y0?: number;
  a?: number;
  rf?: number;
  b?: number;
  to_meter?: number;
  units?: string;
}

function fromWkt(wkt: string): CrsRecognition {
  let parsed: Proj4Parameters;
  try {
    parsed = new proj4.Proj(wkt) as unknown as Proj4Parameters;
  } catch (error) {
    return { problem: `unreadable CRS definition (${(error as Error).message}): ${excerpt(wkt)}` };
  }
  const rf = parsed.rf ?? (parsed.a && parsed.b ? parsed.a / (parsed.a - parsed.b) : undefined);
  const ellipsoid = near(rf, GRS80_RF, 1e-6) ? 'GRS80' : near(rf, WGS84_RF, 1e-6) ? 'WGS84' : null;
  if (!ellipsoid || !near(parsed.a, 6_378_137, 0.5)) {
    return {
      problem: `CRS on another ellipsoid or datum (not MAGNA-SIRGAS or WGS 84; e.g. Bogotá 1975): ${excerpt(wkt)}`,
    };
  }
  const projection = (parsed.projName ?? '').toLowerCase().replace(/[\s_-]/g, '');
  if (projection === 'longlat' || projection === 'latlong' || projection === 'lonlat') {
    return { crs: ellipsoid === 'WGS84' ? 'EPSG:4326' : 'EPSG:4686' };
  }
  if (projection !== 'transversemercator' && projection !== 'tmerc') {
    return { problem: `projection "${parsed.projName}" is not one of ${supportedList()}: ${excerpt(wkt)}` };
  }
  if (parsed.to_meter !== undefined && !near(parsed.to_meter, 1, 1e-9)) {
    return { problem: `projected units are not metres: ${excerpt(wkt)}` };
  }
  const lat0 = (parsed.lat0 ?? 0) * DEGREE;
  const lon0 = (parsed.long0 ?? 0) * DEGREE;
  const match = COLOMBIAN_CRS.find(
    ({ projection: p }) =>
      p !== null &&
      near(lat0, p.lat0, 1e-6) &&
      near(lon0, p.lon0, 1e-6) &&
      near(parsed.k0 ?? 1, p.scale, 1e-9) &&
      near(parsed.x0 ?? 0, p.falseEasting, 0.01) &&
      near(parsed.y0 ?? 0, p.falseNorthing, 0.01),
  );
  if (match) return { crs: match.code };
  return {
    problem: `Transverse Mercator with origin ${round(lat0)}°, ${round(lon0)}°, scale ${parsed.k0}, false easting ${parsed.x0}, false northing ${parsed.y0} is not one of ${supportedList()}`,
  };
}

function near(value: number | undefined, expected: number, tolerance: number): boolean {
  return value !== undefined && Number.isFinite(value) && Math.abs(value - expected) <= tolerance;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function excerpt(text: string): string {
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

function supportedList(): string {
  return `supported: ${CRS_CODES.join(', ')}`;
}
