/**
 * The baseline of `npm run bench:browser`: a bare MapLibre page with nothing of the app, drawing
 * the same polygon files the app draws (from the same origin, `../geo/`) as plain fill + line
 * layers. With `?points=N` it also draws N seeded points as one circle layer and exposes
 * `window.bench.toggleFilter()`, which flips a pillar filter with `setFilter` (the cheapest way
 * MapLibre offers to change what a point layer shows). It sets the same
 * `document.documentElement.dataset.mapIdle` hook as the app.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

const POLYGON_FILES = [
  'context',
  'departments',
  'municipalities',
  'pdet-subregions',
  'zonas-futuro',
  'pilot-municipalities',
];
const PILLARS = ['SR', 'RD', 'EP'];

setWorkerUrl(workerUrl);
const parameters = new URLSearchParams(location.search);
const pointCount = Number(parameters.get('points') ?? 0);
const geoBase = new URL('../geo/', location.href).href;

function seededPoints(count: number): GeoJSON.FeatureCollection {
  let state = 20_261_202;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < count; i++) {
    features.push({
      type: 'Feature',
      properties: { pillar: PILLARS[i % 3] },
      geometry: { type: 'Point', coordinates: [-79 + next() * 12, -4 + next() * 16] },
    });
  }
  return { type: 'FeatureCollection', features };
}

const map = new MapLibreMap({
  container: 'map',
  bounds: [-79.1, -4.3, -66.8, 13.5],
  fitBoundsOptions: { padding: 20 },
  fadeDuration: 0,
  style: {
    version: 8,
    sources: Object.fromEntries([
      ...POLYGON_FILES.map((name) => [name, { type: 'geojson', data: `${geoBase}${name}.geojson` }]),
      ...(pointCount > 0 ? [['points', { type: 'geojson', data: seededPoints(pointCount) }]] : []),
    ]),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe8ee' } },
      ...POLYGON_FILES.flatMap((name, index) => [
        {
          id: `${name}-fill`,
          type: 'fill' as const,
          source: name,
          paint: { 'fill-color': `hsl(${index * 50}, 40%, 75%)`, 'fill-opacity': 0.5 },
        },
        {
          id: `${name}-line`,
          type: 'line' as const,
          source: name,
          paint: { 'line-color': '#334', 'line-width': 0.6 },
        },
      ]),
      ...(pointCount > 0
        ? [
            {
              id: 'points',
              type: 'circle' as const,
              source: 'points',
              paint: { 'circle-radius': 3, 'circle-color': '#a33' },
            },
          ]
        : []),
    ],
  },
});

const setIdle = (idle: boolean) => {
  document.documentElement.dataset.mapIdle = String(idle);
};
map.on('idle', () => setIdle(true));
map.on('movestart', () => setIdle(false));

let hidden = false;
(window as unknown as { bench: { toggleFilter(): void } }).bench = {
  toggleFilter() {
    hidden = !hidden;
    setIdle(false);
    map.setFilter('points', hidden ? ['!=', ['get', 'pillar'], 'SR'] : null);
  },
};
