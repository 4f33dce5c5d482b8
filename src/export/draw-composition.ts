/**
 * Draws the whole export frame onto a 2D context at output resolution: white page, map image,
 * title and subtitle, legend, scale bar, north arrow, footer (filters, data year, export date,
 * sources) and the sample-data stamp. All text is canvas text (never parsed as HTML) and numbers
 * and dates use the composition's language. Pure apart from the context it draws on.
 */
import { translate } from '../i18n/translate';
import { type Context2D, font } from './context-2d';
import { drawLegend } from './draw-legend';
import { drawNorthArrow, drawScaleBar } from './draw-map-furniture';
import { fitFontSize, fitText, wrapText } from './fit-text';
import { formatDate } from './format-date';
import type { Layout } from './layout';
import type { Composition, Rect } from './types';

export interface DrawCompositionInput {
  layout: Layout;
  composition: Composition;
  /** The rendered map (exactly `layout.map` size), or null to leave the map area for the caller. */
  mapImage: CanvasImageSource | null;
  /** Called instead of drawing `mapImage` when it is null (the PDF embeds the map bytes itself). */
  drawMap?: (rect: Rect) => void;
}

/** The footer's text lines, in order (before fitting to width). */
export function footerLines(composition: Composition): {
  filters: string;
  dateLine: string;
  sources: string;
} {
  const { lang } = composition;
  const filters = `${translate(lang, 'exportImage.filters')}: ${composition.filters.length ? composition.filters.join(' · ') : translate(lang, 'export.noFilters')}`;
  const year = composition.dataYear
    ? `${translate(lang, 'exportImage.dataYear')}: ${composition.dataYear} · `
    : '';
  const dateLine = `${year}${translate(lang, 'exportImage.exported')}: ${formatDate(composition.exportDate, lang)}`;
  const sources = `${translate(lang, 'exportImage.sources')}: ${composition.sources.join('; ')}`;
  return { filters, dateLine, sources };
}

function drawStamp(ctx: Context2D, layout: Layout, composition: Composition): void {
  const box = layout.stamp;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = '#c62828';
  ctx.lineWidth = Math.max(2, layout.unit * 0.35);
  ctx.strokeRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = '#c62828';
  ctx.font = font(box.height * 0.5, 'bold');
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const text = translate(composition.lang, 'exportImage.sampleStamp');
  ctx.fillText(fitText(ctx, text, box.width * 0.92), box.x + box.width / 2, box.y + box.height / 2);
  ctx.restore();
}

/**
 * Draws the composition. The map image is drawn at `layout.map` without resampling when its size
 * matches (which `renderMapOffscreen` guarantees).
 */
export function drawComposition(ctx: Context2D, input: DrawCompositionInput): void {
  const { layout, composition, mapImage, drawMap } = input;
  const { output, fonts, titleBand, map, footer } = layout;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, output.width, output.height);

  if (mapImage) ctx.drawImage(mapImage, map.x, map.y, map.width, map.height);
  else drawMap?.(map);
  ctx.strokeStyle = '#808080';
  ctx.lineWidth = Math.max(1, layout.unit * 0.12);
  ctx.strokeRect(map.x, map.y, map.width, map.height);

  ctx.fillStyle = '#1a1a1a';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  // Long titles shrink (to 60 %) before they are ellipsised; the band keeps its height.
  const titleSize = fitFontSize(ctx, composition.title, titleBand.width, fonts.title, (size) =>
    font(size, 'bold'),
  );
  ctx.font = font(titleSize, 'bold');
  ctx.fillText(
    fitText(ctx, composition.title, titleBand.width),
    titleBand.x,
    titleBand.y + (fonts.title - titleSize),
  );
  if (composition.subtitle) {
    ctx.fillStyle = '#4a4a4a';
    ctx.font = font(
      fitFontSize(ctx, composition.subtitle, titleBand.width, fonts.subtitle, (size) => font(size)),
    );
    ctx.fillText(
      fitText(ctx, composition.subtitle, titleBand.width),
      titleBand.x,
      titleBand.y + Math.round(fonts.title * 1.25),
    );
  }

  drawLegend(ctx, layout, composition.legend, composition.lang);
  drawScaleBar(ctx, layout, composition.metersPerPixel, composition.lang);
  drawNorthArrow(ctx, layout, composition.bearing);
  if (composition.sampleStamp) drawStamp(ctx, layout, composition);

  const lines = footerLines(composition);
  ctx.fillStyle = '#333333';
  ctx.font = font(fonts.small);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const step = layout.footerLineHeight;
  const footerText = [
    fitText(ctx, lines.filters, footer.width),
    fitText(ctx, lines.dateLine, footer.width),
    ...wrapText(ctx, lines.sources, footer.width, 2),
  ];
  footerText.forEach((line, index) => {
    ctx.fillText(line, footer.x, footer.y + index * step);
  });
  ctx.restore();
}
