/** The camera as the store and the URL keep it. */
export interface View {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** Colombia, mainland and the Caribbean islands' approaches, at a zoom that fits a laptop screen. */
export const DEFAULT_VIEW: Readonly<View> = { center: [-73.5, 4.6], zoom: 4.6, bearing: 0 };

/** [west, south, east, north] that the default view should show. */
export const COLOMBIA_BOUNDS: readonly [number, number, number, number] = [-79.2, -4.3, -66.8, 12.6];
