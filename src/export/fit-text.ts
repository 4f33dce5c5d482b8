/**
 * Fits canvas text into a width: truncation with an ellipsis, and greedy word wrapping into a
 * maximum number of lines (the last line ellipsised). Uses the context's current font.
 */
import type { Context2D } from './context-2d';

const ELLIPSIS = '…';

/**
 * Returns `text`, or its longest prefix plus "…" that fits `maxWidth`.
 *
 * @example
 * fitText(ctx, 'Programa de Desarrollo con Enfoque Territorial', 200); // "Programa de Desarr…"
 */
export function fitText(ctx: Context2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ctx.measureText(text.slice(0, middle).trimEnd() + ELLIPSIS).width <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : text.slice(0, low).trimEnd() + ELLIPSIS;
}

/**
 * Wraps `text` at spaces into at most `maxLines` lines of `maxWidth`; the last line is ellipsised
 * if text remains.
 */
export function wrapText(ctx: Context2D, text: string, maxWidth: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const candidate = current ? `${current} ${words[index]}` : words[index];
    if (ctx.measureText(candidate).width <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = words[index];
    if (lines.length === maxLines - 1) break;
  }
  if (lines.length === maxLines - 1 && index < words.length) {
    const rest = words.slice(index).join(' ');
    lines.push(fitText(ctx, rest, maxWidth));
    return lines;
  }
  if (current) lines.push(fitText(ctx, current, maxWidth));
  return lines.slice(0, maxLines);
}

/**
 * The font size (at most `size`, at least `size × minimumScale`) at which `text` fits `maxWidth`
 * in `fontFor(size)`; text still too wide at the minimum is left for `fitText` to ellipsise.
 */
export function fitFontSize(
  ctx: Context2D,
  text: string,
  maxWidth: number,
  size: number,
  fontFor: (size: number) => string,
  minimumScale = 0.6,
): number {
  ctx.font = fontFor(size);
  const width = ctx.measureText(text).width;
  if (width <= maxWidth) return size;
  return Math.max(size * minimumScale, Math.floor((size * maxWidth) / width + 1e-9));
}
