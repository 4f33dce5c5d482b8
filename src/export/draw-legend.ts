/**
 * Draws the legend box: a header, then one row per visible layer (swatch in the layer's shape and
 * colour) and one indented row per class, in the order given. Rows flow top-to-bottom, then into
 * the next column (portrait layouts have two columns).
 */

import { type Lang, translate } from '../i18n/translate';
import type { LegendEntry, LegendShape } from '../state/legend-entries';
import { type Context2D, font } from './context-2d';
import { fitText } from './fit-text';
import type { Layout } from './layout';

export interface LegendRow {
  label: string;
  color: string;
  shape: LegendShape;
  indent: boolean;
}

/** Flattens entries and their classes into rows (classes inherit the entry's shape). */
export function legendRows(entries: readonly LegendEntry[]): LegendRow[] {
  return entries.flatMap((entry) => [
    { label: entry.label, color: entry.color, shape: entry.shape, indent: false },
    ...(entry.classes ?? []).map((item) => ({
      label: item.label,
      color: item.color,
      shape: entry.shape,
      indent: true,
    })),
  ]);
}

/**
 * Places rows in `columns` columns, top to bottom, never splitting an entry from its classes
 * (unless one entry is taller than a column). Returns each row's column and row slot and the
 * number of slots per column used.
 */
export function placeLegendRows(
  rows: readonly LegendRow[],
  columns: number,
): { slots: Array<[number, number]>; perColumn: number } {
  const groups: number[] = [];
  for (const row of rows) {
    if (!row.indent || groups.length === 0) groups.push(0);
    groups[groups.length - 1]++;
  }
  let perColumn = Math.max(1, Math.ceil(rows.length / columns));
  for (;;) {
    const slots: Array<[number, number]> = [];
    let column = 0;
    let slot = 0;
    for (const size of groups) {
      if (slot > 0 && slot + size > perColumn) {
        column++;
        slot = 0;
      }
      for (let index = 0; index < size; index++) {
        if (slot === perColumn) {
          column++; // an entry taller than a column spills over
          slot = 0;
        }
        slots.push([column, slot]);
        slot++;
      }
    }
    if (column < columns || perColumn >= rows.length) return { slots, perColumn };
    perColumn++;
  }
}

function drawSwatch(
  ctx: Context2D,
  shape: LegendShape,
  color: string,
  x: number,
  y: number,
  size: number,
): void {
  ctx.save();
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = Math.max(1, size / 8);
  if (shape === 'line') {
    ctx.beginPath();
    ctx.moveTo(x, y + size / 2);
    ctx.lineTo(x + size, y + size / 2);
    ctx.lineWidth = Math.max(1, size / 5);
    ctx.stroke();
  } else if (shape === 'circle') {
    ctx.beginPath();
    ctx.arc(x + size / 2, y + size / 2, size / 2.6, 0, Math.PI * 2);
    ctx.fill();
    // A thin grey ring keeps light swatches (white = planned) visible on the white legend.
    ctx.strokeStyle = '#6b7280';
    ctx.lineWidth = Math.max(1, size / 14);
    ctx.stroke();
  } else {
    ctx.fillRect(x, y, size, size);
    if (shape === 'dashed-fill') {
      ctx.fillStyle = 'rgba(255,255,255,0.55)';
      ctx.fillRect(x, y, size, size);
      ctx.setLineDash([size / 4, size / 6]);
    }
    ctx.strokeRect(x, y, size, size);
  }
  ctx.restore();
}

/** Draws the legend into `layout.legend`. */
export function drawLegend(
  ctx: Context2D,
  layout: Layout,
  entries: readonly LegendEntry[],
  lang: Lang,
): void {
  const box = layout.legend;
  const padding = Math.round(layout.unit * 1.2);
  const rows = legendRows(entries);
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = '#b0b0b0';
  ctx.lineWidth = Math.max(1, layout.unit * 0.12);
  ctx.strokeRect(box.x, box.y, box.width, box.height);

  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.font = font(layout.fonts.body, 'bold');
  ctx.fillText(translate(lang, 'legend.title'), box.x + padding, box.y + padding);

  const top = box.y + padding + Math.round(layout.fonts.body * 1.6);
  const { slots, perColumn } = placeLegendRows(rows, layout.legendColumns);
  // Keeping groups whole can need more slots per column than the layout planned: shrink rows.
  const rowHeight = Math.min(layout.legendRowHeight, (box.y + box.height - padding - top) / perColumn);
  const columnWidth = (box.width - 2 * padding) / layout.legendColumns;
  const swatch = Math.min(rowHeight * 0.7, layout.fonts.body);
  const textSize = Math.min(layout.fonts.body * 0.9, rowHeight * 0.8);
  ctx.textBaseline = 'middle';
  rows.forEach((row, index) => {
    const [column, slot] = slots[index];
    const x = box.x + padding + column * columnWidth + (row.indent ? swatch : 0);
    const y = top + slot * rowHeight;
    drawSwatch(ctx, row.shape, row.color, x, y + (rowHeight - swatch) / 2, swatch);
    ctx.fillStyle = '#1a1a1a';
    ctx.font = font(textSize, row.indent ? 'normal' : 'bold');
    const textX = x + swatch + padding * 0.6;
    ctx.fillText(
      fitText(ctx, row.label, box.x + padding + (column + 1) * columnWidth - textX),
      textX,
      y + rowHeight / 2,
    );
  });
  ctx.restore();
}
