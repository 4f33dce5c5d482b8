/**
 * The one owner of the MapLibre map. It creates the map, applies styles by diff, reports the
 * camera when a move ends, resolves hover and click to municipalities, and flies to zones. Hover
 * never goes through React: the adapter sets feature-state and writes the tooltip's textContent
 * itself (plain text, never HTML).
 *
 * Invariant: `setWorkerUrl` is called once, before the first map, or GeoJSON never draws.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  AttributionControl,
  type GeoJSONSource,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { View } from '../state/view';
import { INTERVENTION_LAYERS } from './intervention-style-layers';
import type { POINT_SOURCES } from './style-sources';
import { HIT_LAYER } from './zone-style-layers';

export type PointSourceId = (typeof POINT_SOURCES)[number];

let workerConfigured = false;

export interface HoverInfo {
  divipola: string;
  name: string;
  department: string;
  pdetSubregion: string | null;
}

export interface MapAdapterOptions {
  style: StyleSpecification;
  view: View;
  /** When set, the map opens fitted to this box instead of `view`. */
  initialBounds?: [number, number, number, number];
  onMoveEnd(view: View): void;
  onClickMunicipality(divipola: string | null): void;
  onClickIntervention(id: string): void;
  /** Text for the tooltip of a hovered municipality. */
  describeHover(info: HoverInfo): string;
  onError(message: string): void;
}

export class MapAdapter {
  private readonly map: MapLibreMap;
  private readonly tooltip: HTMLDivElement;
  private currentStyle: string;
  private hoveredId: string | null = null;
  private readonly pointData = new Map<PointSourceId, GeoJSON.FeatureCollection>();

  constructor(
    container: HTMLElement,
    private readonly options: MapAdapterOptions,
  ) {
    if (!workerConfigured) {
      setWorkerUrl(workerUrl);
      workerConfigured = true;
    }
    this.currentStyle = JSON.stringify(options.style);
    this.map = new MapLibreMap({
      container,
      style: options.style,
      center: options.view.center,
      zoom: options.view.zoom,
      bearing: options.view.bearing,
      bounds: options.initialBounds,
      fitBoundsOptions: { padding: 20 },
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      fadeDuration: 0,
      maxZoom: 14,
      // The offline context layer (public/geo/context.geojson) covers this box; beyond it is nothing.
      maxBounds: [
        [-96, -24],
        [-48, 24],
      ],
    });
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');

    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tooltip';
    this.tooltip.setAttribute('role', 'status');
    this.tooltip.hidden = true;
    container.appendChild(this.tooltip);

    this.map.on('moveend', () => this.reportView());
    this.map.on('movestart', () => setIdleFlag(false));
    this.map.on('idle', () => setIdleFlag(true));
    this.map.on('error', (event) => this.options.onError(String(event.error?.message ?? event.error)));
    this.map.on('mousemove', HIT_LAYER, (event) => {
      const feature = event.features?.[0];
      if (!feature) return;
      const p = feature.properties as Record<string, unknown>;
      this.setHover(String(p.divipola));
      this.tooltip.textContent = this.options.describeHover({
        divipola: String(p.divipola),
        name: String(p.name),
        department: String(p.department ?? ''),
        pdetSubregion: (p.pdet_subregion as string | null) ?? null,
      });
      this.tooltip.style.transform = `translate(${event.point.x + 12}px, ${event.point.y + 12}px)`;
      this.tooltip.hidden = false;
      this.map.getCanvas().style.cursor = 'pointer';
    });
    this.map.on('mouseleave', HIT_LAYER, () => {
      this.setHover(null);
      this.tooltip.hidden = true;
      this.map.getCanvas().style.cursor = '';
    });
    this.map.on('load', () => {
      for (const source of this.pointData.keys()) this.pushPointData(source);
      // The first camera (fitted to Colombia when the URL had no view) fires no moveend.
      this.reportView();
    });
    this.map.on('click', (event) => this.onClick(event.point));
    for (const layer of INTERVENTION_LAYERS) {
      this.map.on('mouseenter', layer, () => {
        this.map.getCanvas().style.cursor = 'pointer';
      });
      this.map.on('mouseleave', layer, () => {
        this.map.getCanvas().style.cursor = '';
      });
    }
  }

  private reportView(): void {
    const center = this.map.getCenter();
    this.options.onMoveEnd({
      center: [center.lng, center.lat],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
    });
  }

  /** Replaces the features of a point source (interventions after filtering, coca cells). */
  setPointData(source: PointSourceId, data: GeoJSON.FeatureCollection): void {
    if (this.pointData.get(source) === data) return;
    this.pointData.set(source, data);
    setIdleFlag(false);
    this.pushPointData(source);
  }

  private pushPointData(source: PointSourceId): void {
    const data = this.pointData.get(source);
    const target = this.map.getSource<GeoJSONSource>(source);
    if (data && target) target.setData(data);
  }

  private async onClick(point: { x: number; y: number }): Promise<void> {
    const layers = INTERVENTION_LAYERS.filter((id) => this.map.getLayer(id));
    const hit =
      layers.length > 0 ? this.map.queryRenderedFeatures([point.x, point.y], { layers })[0] : undefined;
    if (hit?.properties.cluster) {
      const source = this.map.getSource<GeoJSONSource>('interventions');
      const zoom = await source?.getClusterExpansionZoom(Number(hit.properties.cluster_id));
      const [lon, lat] = (hit.geometry as GeoJSON.Point).coordinates;
      this.map.easeTo({ center: [lon, lat], zoom: zoom ?? this.map.getZoom() + 2 });
      return;
    }
    if (hit) {
      this.options.onClickIntervention(String(hit.properties.id));
      return;
    }
    const feature = this.map.queryRenderedFeatures([point.x, point.y], { layers: [HIT_LAYER] })[0];
    this.options.onClickMunicipality(feature ? String(feature.properties.divipola) : null);
  }

  /** Applies a new style by diff; does nothing when it equals the current one. */
  setStyle(style: StyleSpecification): void {
    const serialized = JSON.stringify(style);
    if (serialized === this.currentStyle) return;
    this.currentStyle = serialized;
    setIdleFlag(false);
    this.hoveredId = null;
    this.map.setStyle(style, { diff: true });
  }

  /** Moves the camera unless it is already there (e.g. the change came from the map itself). */
  jumpTo(view: View): void {
    const center = this.map.getCenter();
    const same =
      Math.abs(center.lng - view.center[0]) < 1e-4 &&
      Math.abs(center.lat - view.center[1]) < 1e-4 &&
      Math.abs(this.map.getZoom() - view.zoom) < 1e-3 &&
      Math.abs(this.map.getBearing() - view.bearing) < 1e-2;
    if (!same) this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing });
  }

  /** Flies to a [west, south, east, north] box with some padding. */
  fitZone(bbox: [number, number, number, number], instant = false): void {
    const padding = Math.min(
      80,
      Math.floor(Math.min(this.map.getContainer().clientWidth, this.map.getContainer().clientHeight) / 8),
    );
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding, maxZoom: 10, duration: instant || prefersReducedMotion() ? 0 : 1200 },
    );
  }

  destroy(): void {
    this.tooltip.remove();
    this.map.remove();
  }

  private setHover(divipola: string | null): void {
    if (divipola === this.hoveredId) return;
    if (this.hoveredId !== null)
      this.map.setFeatureState({ source: 'municipalities', id: this.hoveredId }, { hover: false });
    this.hoveredId = divipola;
    if (divipola !== null)
      this.map.setFeatureState({ source: 'municipalities', id: divipola }, { hover: true });
  }
}

/** Exposes "the map has drawn everything" to end-to-end tests and to the export code. */
function setIdleFlag(idle: boolean): void {
  document.documentElement.dataset.mapIdle = String(idle);
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
