/**
 * The contract between the export core (`src/export`) and the app shell (store, map adapter,
 * export dialog). Everything here is plain serialisable data except the image handles.
 *
 * Units: "output pixels" are pixels of the exported file; "CSS pixels" are MapLibre's layout
 * pixels. Output = CSS × pixelRatio. Dates are ISO strings injected by the caller: the export core
 * never reads the clock.
 */
import type { Lang } from '../i18n/translate';
import type { LegendEntry } from '../state/legend-entries';

/** A text in both interface languages. */
export type Localized = Record<Lang, string>;

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A paper page in millimetres (as printed: width × height for the chosen orientation). */
export interface PaperSize {
  widthMm: number;
  heightMm: number;
}

export type ExportPresetId =
  | 'slide-16x9'
  | 'uhd-4k'
  | 'a4-landscape-150'
  | 'a4-landscape-300'
  | 'a4-portrait-150'
  | 'a4-portrait-300'
  | 'letter-landscape-150'
  | 'letter-landscape-300'
  | 'letter-portrait-150'
  | 'letter-portrait-300';

export interface ExportPreset {
  id: ExportPresetId;
  label: Localized;
  /** Output width in pixels (exact size of the exported raster). */
  width: number;
  height: number;
  /** Output pixels per CSS pixel: how much sharper than the screen the map is rendered. */
  pixelRatio: number;
  /** Dots per inch written into PNG pHYs / used for the PDF page size. */
  dpi: number;
  /** Set for paper presets: the PDF page is this size. */
  paper?: PaperSize;
}

/** A fully resolved output size (from a preset or custom input). */
export interface ExportSize extends Size {
  pixelRatio: number;
  dpi: number;
  paper?: PaperSize;
}

export type ExportFormat = 'png' | 'jpeg' | 'pdf';

export type ExportSizeChoice =
  | { kind: 'preset'; presetId: ExportPresetId }
  | { kind: 'custom'; width: number; height: number; pixelRatio: number };

export interface ExportRequest {
  size: ExportSizeChoice;
  format: ExportFormat;
  title: string;
  subtitle: string;
  lang: Lang;
  /** JPEG quality 0..1 (default 0.92). */
  jpegQuality?: number;
}

/** Everything drawn around the map. Build it once per export (or once per batch). */
export interface Composition {
  title: string;
  subtitle: string;
  /** Visible layers, top to bottom, same colours and classes as the map. */
  legend: LegendEntry[];
  /** Human-readable active filters, already localised ("Pilar: Vías"). */
  filters: string[];
  dataYear: string | null;
  /** One line per visible layer, e.g. from `sourcesFromManifest`. */
  sources: string[];
  /** ISO 8601 date or date-time of the export (injected, never read from the clock here). */
  exportDate: string;
  lang: Lang;
  /** True when a sample or synthetic layer is visible: draws "DATOS DE MUESTRA"/"SAMPLE DATA". */
  sampleStamp: boolean;
  /** Metres per CSS pixel at the map centre for the export camera (see `metersPerCssPixel`). */
  metersPerPixel: number;
  /** Map bearing in degrees (clockwise from north), rotates the north arrow. */
  bearing: number;
}

/** What this device can render. Get it from `probeLimits()` in the browser. */
export interface DeviceLimits {
  /** Largest 2D canvas / map canvas side per axis the browser allows, e.g. [16384, 16384]. */
  maxCanvasSize: [number, number];
  /** WebGL MAX_RENDERBUFFER_SIZE (caps the map's drawing buffer per side). */
  maxRenderbufferSize: number;
  /** WebGL MAX_TEXTURE_SIZE; MapLibre documents maxCanvasSize must not exceed it. */
  maxTextureSize?: number;
  /** Largest canvas area in pixels (Chrome 268,435,456 = 16384²; Safari ≈ 16,777,216). */
  maxCanvasArea: number;
}

/** A MapLibre camera; pitch must be 0 for tiled renders. */
export interface MapCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}
