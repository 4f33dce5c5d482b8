import { describe, expect, it } from 'vitest';
import { fitFontSize, fitText, wrapText } from './fit-text';
import { RecordingContext } from './testing/recording-context';

function context() {
  const ctx = new RecordingContext();
  ctx.font = '10px sans-serif'; // 5.5 px per character in the fake
  return ctx;
}

describe('fitText', () => {
  it('keeps text that fits and ellipsises text that does not', () => {
    expect(fitText(context(), 'Tumaco', 100)).toBe('Tumaco');
    const fitted = fitText(context(), 'Programa de Desarrollo con Enfoque Territorial', 100);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted.length * 5.5).toBeLessThanOrEqual(100);
  });
});

describe('wrapText', () => {
  it('wraps at spaces into at most maxLines, ellipsising the rest', () => {
    const lines = wrapText(context(), 'uno dos tres cuatro cinco seis siete ocho nueve diez', 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('uno dos');
    expect(lines[1].endsWith('…')).toBe(true);
  });
  it('returns one line for short text', () => {
    expect(wrapText(context(), 'corto', 60, 2)).toEqual(['corto']);
  });
});

describe('fitFontSize', () => {
  const fontFor = (size: number) => `${size}px sans-serif`;
  it('keeps the size when the text fits and shrinks it when it does not', () => {
    expect(fitFontSize(context(), 'Tumaco', 100, 10, fontFor)).toBe(10);
    expect(fitFontSize(context(), 'x'.repeat(20), 88, 10, fontFor)).toBe(8);
  });
  it('never goes below the minimum scale', () => {
    expect(fitFontSize(context(), 'x'.repeat(200), 88, 10, fontFor)).toBe(6);
  });
});
