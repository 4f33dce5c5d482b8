/**
 * The furniture drawn over the map: scale bar (nice round distance for the map centre) and north
 * arrow (rotated by the map bearing so it points at true north).
 */

import type { Lang } from '../i18n/translate';
import { type Context2D, font } from './context-2d';
import type { Layout } from './layout';
import { scaleBar } from './scale-bar';

/**
 * Draws the scale bar in `layout.scaleBar`. `metersPerCssPixel` is divided by the pixel ratio to
 * get metres per output pixel. Returns the bar drawn (for tests and the PDF).
 */
export function drawScaleBar(ctx: Context2D, layout: Layout, metersPerCssPixel: number, lang: Lang) {
  const box = layout.scaleBar;
  const padding = Math.round(layout.unit * 0.8);
  const bar = scaleBar(metersPerCssPixel / layout.pixelRatio, box.width - 2 * padding, lang);
  const barHeight = Math.max(2, Math.round(layout.unit * 0.6));
  const x = box.x + padding;
  const y = box.y + box.height - padding - barHeight;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.8)';
  ctx.fillRect(box.x, box.y, Math.min(box.width, bar.length + 2 * padding), box.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.fillRect(x, y, bar.length / 2, barHeight);
  ctx.strokeStyle = '#1a1a1a';
  ctx.lineWidth = Math.max(1, layout.unit * 0.15);
  ctx.strokeRect(x, y, bar.length, barHeight);
  ctx.font = font(layout.fonts.small);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, x, y - padding * 0.4);
  ctx.restore();
  return bar;
}

/** Draws a north arrow in `layout.northArrow`, rotated by `-bearing` degrees. */
export function drawNorthArrow(ctx: Context2D, layout: Layout, bearing: number): void {
  const box = layout.northArrow;
  const radius = box.width / 2;
  ctx.save();
  ctx.translate(box.x + radius, box.y + radius);
  ctx.fillStyle = 'rgba(255,255,255,0.8)';
  ctx.beginPath();
  ctx.arc(0, 0, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#1a1a1a';
  ctx.beginPath();
  ctx.moveTo(0, -radius * 0.15);
  ctx.lineTo(radius * 0.35, radius * 0.8);
  ctx.lineTo(0, radius * 0.55);
  ctx.lineTo(-radius * 0.35, radius * 0.8);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(radius * 0.55, 'bold');
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('N', 0, -radius * 0.5);
  ctx.restore();
}
