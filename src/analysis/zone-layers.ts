/**
 * The zone layers the analysis aggregates over: what a selection, a picker entry or a ranking can
 * refer to. Plain data shared by the analysis session, the store, the map, the exports and the UI.
 *
 * @example
 * const selection: ZoneRef = { layer: 'pilot-municipalities', id: '52835' };
 * isZoneLayer('zonas-futuro'); // true
 */
export const ZONE_LAYERS = [
  'municipalities',
  'pdet-subregions',
  'zonas-futuro',
  'pilot-municipalities',
] as const;
export type ZoneLayerId = (typeof ZONE_LAYERS)[number];

export interface ZoneRef {
  layer: ZoneLayerId;
  /** DIVIPOLA code for municipalities and pilots, the zone name for PDET subregions and Zonas Futuro. */
  id: string;
}

export function isZoneLayer(value: string): value is ZoneLayerId {
  return (ZONE_LAYERS as readonly string[]).includes(value);
}

/**
 * The feature property that holds a zone's id (`ZoneRef.id`) in its layer: `divipola` for the
 * municipal layers (municipalities, pilots), `name` for the programme layers. The one zone-key rule
 * of the session's zone ids, the selection outline and the ranking choropleth.
 *
 * @example zoneIdProperty('pilot-municipalities') // 'divipola'
 */
export function zoneIdProperty(layer: ZoneLayerId): 'divipola' | 'name' {
  return layer === 'municipalities' || layer === 'pilot-municipalities' ? 'divipola' : 'name';
}
