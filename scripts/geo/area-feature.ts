/** A boundary polygon keyed by a code: DIVIPOLA (5 digits) for municipalities, 2 digits for departments. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type AreaFeature = Feature<Polygon | MultiPolygon, { divipola: string }>;
