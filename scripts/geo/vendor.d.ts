// Minimal declarations for build-time packages that ship no types.
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory files; resolves to output files by name. */
  export function applyCommands(
    commands: string,
    input: Record<string, string | Uint8Array>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}

declare module '@mapbox/geojson-rewind' {
  /** Rewinds rings in place; `clockwise = false` gives RFC 7946 winding. */
  export default function rewind<T>(geojson: T, clockwise?: boolean): T;
}

declare module 'shapefile' {
  import type { FeatureCollection } from 'geojson';
  export function read(
    shp: string | ArrayBuffer | Uint8Array,
    dbf?: string | ArrayBuffer | Uint8Array,
    options?: { encoding?: string },
  ): Promise<FeatureCollection>;
}

declare module 'jsts/org/locationtech/jts/io/GeoJSONReader.js' {
  /** JTS reader: GeoJSON geometry object → JTS Geometry. */
  export default class GeoJSONReader {
    read(geometry: object): unknown;
  }
}

declare module 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js' {
  /** JTS simple-features validity check (the same rules as GEOS `IsValid`). */
  export default class IsValidOp {
    constructor(geometry: unknown);
    isValid(): boolean;
    getValidationError(): { toString(): string } | null;
  }
}
