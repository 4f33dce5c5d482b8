// Minimal declarations for the import readers' packages that ship no types.
declare module 'shpjs' {
  /** Geometries of a `.shp` (coordinates untouched when no projection is passed). */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string): unknown[];
  /** Records of a `.dbf`, decoded with the `.cpg` encoding name (UTF-8 when absent). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Record<string, unknown>[];
}

declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  /** Parses WKT into a GeoJSON geometry; throws on text it cannot read. */
  export function wktToGeoJSON(wkt: string): Geometry;
}
