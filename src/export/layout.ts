/**
 * The frame layout at output resolution: title band, map, legend, footer, and the furniture drawn
 * over the map (scale bar, north arrow, sample stamp). Every length is a multiple of one unit
 * (1 % of the short side), so 1920 × 1080 and 3840 × 2160 look the same, only sharper.
 *
 * Invariants: title band, map, legend and footer do not overlap and lie inside the output; scale
 * bar, north arrow and stamp lie inside the map and do not overlap each other. The map rectangle is
 * snapped so that `round(pixelRatio × mapCss)` equals its size exactly (MapLibre's own rounding),
 * which lets the renderer check the map canvas size to the pixel.
 */
import type { Rect, Size } from './types';

export interface LayoutFonts {
  title: number;
  subtitle: number;
  body: number;
  small: number;
}

export interface Layout {
  output: Size;
  orientation: 'landscape' | 'portrait';
  /** 1 % of the short side, in output pixels. */
  unit: number;
  margin: number;
  titleBand: Rect;
  map: Rect;
  /** CSS size of the MapLibre container that renders `map` at `pixelRatio`. */
  mapCss: Size;
  pixelRatio: number;
  legend: Rect;
  /** Legend columns (1 in landscape side panel, 2 in portrait band). */
  legendColumns: number;
  legendRowHeight: number;
  footer: Rect;
  footerLineHeight: number;
  scaleBar: Rect;
  northArrow: Rect;
  stamp: Rect;
  fonts: LayoutFonts;
}

export interface LayoutOptions {
  pixelRatio: number;
  hasSubtitle: boolean;
  /** Legend rows: one per entry plus one per class. */
  legendRows: number;
}

/** Footer lines: filters, data year and export date, sources (up to two lines). */
export const FOOTER_LINES = 4;

/** Rounds a rectangle's edges to whole pixels (so adjacent rectangles stay adjacent). */
function snap(rect: Rect): Rect {
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  return { x, y, width: Math.round(rect.x + rect.width) - x, height: Math.round(rect.y + rect.height) - y };
}

/** MapLibre's canvas size for a container of `css` pixels at `pixelRatio` (its exact rounding). */
export function mapCanvasSize(css: Size, pixelRatio: number): Size {
  return { width: Math.round(pixelRatio * css.width), height: Math.round(pixelRatio * css.height) };
}

/**
 * Computes the layout for an output of `output` pixels.
 *
 * @example
 * const layout = computeLayout({ width: 1920, height: 1080 }, { pixelRatio: 1, hasSubtitle: true, legendRows: 6 });
 * layout.map; // { x: 27, y: 119, width: 1531, height: 826 } (approximately)
 */
export function computeLayout(output: Size, options: LayoutOptions): Layout {
  const { width: W, height: H } = output;
  const unit = Math.min(W, H) / 100;
  // Geometry is computed in unrounded units and rounded once per edge, so layouts at 2× output
  // are 2× the 1× layout within a pixel.
  const u = (value: number) => value * unit;
  const type = { title: u(4.4), subtitle: u(2.6), body: u(1.9), small: u(1.5) };
  const fonts: LayoutFonts = {
    title: Math.round(type.title),
    subtitle: Math.round(type.subtitle),
    body: Math.round(type.body),
    small: Math.round(type.small),
  };
  const margin = u(2.5);
  const gap = u(1.5);
  const portrait = H > W;

  const titleHeight = type.title * 1.25 + (options.hasSubtitle ? type.subtitle * 1.4 : 0);
  const titleBand = snap({ x: margin, y: margin, width: W - 2 * margin, height: titleHeight });

  const lineHeight = type.small * 1.4;
  const footerHeight = lineHeight * FOOTER_LINES;
  const footer = snap({
    x: margin,
    y: H - margin - footerHeight,
    width: W - 2 * margin,
    height: footerHeight,
  });

  const top = margin + titleHeight + gap;
  const bottom = H - margin - footerHeight - gap;
  const rows = Math.max(1, options.legendRows);
  const padding = u(1.2);
  const header = type.body * 1.6;
  let region: Rect;
  let legend: Rect;
  let legendColumns: number;
  let legendRowHeight: number;
  if (portrait) {
    legendColumns = 2;
    const perColumn = Math.ceil(rows / legendColumns);
    const wanted = 2 * padding + header + perColumn * u(3);
    const legendHeight = Math.min(wanted, (bottom - top) * 0.35);
    legendRowHeight = (legendHeight - 2 * padding - header) / perColumn;
    legend = { x: margin, y: bottom - legendHeight, width: W - 2 * margin, height: legendHeight };
    region = { x: margin, y: top, width: W - 2 * margin, height: legend.y - gap - top };
  } else {
    legendColumns = 1;
    const legendWidth = u(40);
    region = { x: margin, y: top, width: W - 2 * margin - gap - legendWidth, height: bottom - top };
    const wanted = 2 * padding + header + rows * u(3);
    const legendHeight = Math.min(wanted, region.height);
    legendRowHeight = (legendHeight - 2 * padding - header) / rows;
    legend = { x: region.x + region.width + gap, y: top, width: legendWidth, height: legendHeight };
  }
  legend = snap(legend);
  region = snap(region);

  const pixelRatio = options.pixelRatio;
  const mapCss = {
    width: Math.max(1, Math.floor(region.width / pixelRatio)),
    height: Math.max(1, Math.floor(region.height / pixelRatio)),
  };
  const mapSize = mapCanvasSize(mapCss, pixelRatio);
  const map: Rect = {
    x: region.x + Math.floor((region.width - mapSize.width) / 2),
    y: region.y + Math.floor((region.height - mapSize.height) / 2),
    ...mapSize,
  };

  const inset = u(1.5);
  const scaleBarRect = snap({
    x: map.x + inset,
    y: map.y + map.height - inset - u(5),
    width: u(24),
    height: u(5),
  });
  const arrowSize = u(7);
  const northArrow = snap({
    x: map.x + map.width - inset - arrowSize,
    y: map.y + inset,
    width: arrowSize,
    height: arrowSize,
  });
  const stamp = snap({ x: map.x + inset, y: map.y + inset, width: u(30), height: u(5) });
  const footerLineHeight = lineHeight;

  return {
    output: { width: W, height: H },
    orientation: portrait ? 'portrait' : 'landscape',
    unit,
    margin,
    titleBand,
    map,
    mapCss,
    pixelRatio,
    legend,
    legendColumns,
    legendRowHeight,
    footer,
    footerLineHeight,
    scaleBar: scaleBarRect,
    northArrow,
    stamp,
    fonts,
  };
}
