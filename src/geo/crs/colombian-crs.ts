/**
 * The coordinate reference systems Colombian data comes in, and the only ones the atlas accepts:
 * WGS84 and MAGNA-SIRGAS longitude/latitude, the national CTM12 projection (DANE's MGN since
 * 2020, IGAC's "Origen Nacional") and the five MAGNA-SIRGAS Gauss–Krüger zones most agency GIS
 * files still use. Each entry carries the parameters that identify it, so a `.prj` or WKT is
 * recognised by what it says about the projection, not by its name.
 *
 * Parameters from the EPSG registry (epsg.io / EPSG dataset v11): GRS 1980 ellipsoid for every
 * MAGNA-SIRGAS system; MAGNA-SIRGAS is ITRF-based and equal to WGS84 at the metre level, so the
 * geographic systems pass through unchanged.
 */
export const CRS_CODES = [
  'EPSG:4326',
  'EPSG:4686',
  'EPSG:9377',
  'EPSG:3114',
  'EPSG:3115',
  'EPSG:3116',
  'EPSG:3117',
  'EPSG:3118',
] as const;
export type CrsCode = (typeof CRS_CODES)[number];

export interface TransverseMercator {
  /** Latitude of origin, degrees. */
  lat0: number;
  /** Central meridian, degrees. */
  lon0: number;
  scale: number;
  falseEasting: number;
  falseNorthing: number;
}

export interface ColombianCrs {
  code: CrsCode;
  name: string;
  /** `null` for longitude/latitude systems. */
  projection: TransverseMercator | null;
  /** proj4 definition (towgs84 zero: MAGNA-SIRGAS ≈ WGS84). */
  proj4: string;
}

const GAUSS_LAT0 = 4.596200416666666;
const gauss = (code: CrsCode, name: string, lon0: number): ColombianCrs => ({
  code,
  name,
  projection: { lat0: GAUSS_LAT0, lon0, scale: 1, falseEasting: 1_000_000, falseNorthing: 1_000_000 },
  proj4: `+proj=tmerc +lat_0=${GAUSS_LAT0} +lon_0=${lon0} +k=1 +x_0=1000000 +y_0=1000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`,
});

export const COLOMBIAN_CRS: readonly ColombianCrs[] = [
  {
    code: 'EPSG:4326',
    name: 'WGS 84 (longitude/latitude)',
    projection: null,
    proj4: '+proj=longlat +datum=WGS84 +no_defs',
  },
  {
    code: 'EPSG:4686',
    name: 'MAGNA-SIRGAS (longitude/latitude)',
    projection: null,
    proj4: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
  },
  {
    code: 'EPSG:9377',
    name: 'MAGNA-SIRGAS 2018 / Origen-Nacional (CTM12)',
    projection: { lat0: 4, lon0: -73, scale: 0.9992, falseEasting: 5_000_000, falseNorthing: 2_000_000 },
    proj4:
      '+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  gauss('EPSG:3114', 'MAGNA-SIRGAS / Colombia Far West zone', -80.07750791666666),
  gauss('EPSG:3115', 'MAGNA-SIRGAS / Colombia West zone', -77.07750791666666),
  gauss('EPSG:3116', 'MAGNA-SIRGAS / Colombia Bogota zone', -74.07750791666666),
  gauss('EPSG:3117', 'MAGNA-SIRGAS / Colombia East Central zone', -71.07750791666666),
  gauss('EPSG:3118', 'MAGNA-SIRGAS / Colombia East zone', -68.07750791666666),
];

/**
 * @example colombianCrs('EPSG:9377').projection?.scale // => 0.9992
 */
export function colombianCrs(code: CrsCode): ColombianCrs {
  const found = COLOMBIAN_CRS.find((crs) => crs.code === code);
  if (!found) throw new Error(`not a supported CRS: ${code}`);
  return found;
}

/** Colombia's extent with a margin (San Andrés and Providencia included), lon/lat. */
export const COLOMBIA_BBOX: readonly [number, number, number, number] = [-82.5, -4.5, -66.5, 13.8];
