import { describe, expect, it } from 'vitest';
import { drawComposition, footerLines } from './draw-composition';
import { legendRows, placeLegendRows } from './draw-legend';
import { computeLayout } from './layout';
import { TUMACO_COMPOSITION } from './testing/fixtures';
import { RecordingContext } from './testing/recording-context';
import type { Composition } from './types';

const mapImage = { fake: 'map' } as unknown as CanvasImageSource;

function draw(composition: Composition = TUMACO_COMPOSITION, size = { width: 1920, height: 1080 }) {
  const layout = computeLayout(size, {
    pixelRatio: 1,
    hasSubtitle: composition.subtitle !== '',
    legendRows: legendRows(composition.legend).length,
  });
  const ctx = new RecordingContext();
  drawComposition(ctx, { layout, composition, mapImage });
  return { ctx, layout };
}

describe('drawComposition', () => {
  it('draws the title and subtitle as text', () => {
    const texts = draw().ctx.texts();
    expect(texts).toContain('Tumaco: intervenciones por pilar y coca 2023');
    expect(texts).toContain('Nariño, Pacífico nariñense');
  });

  it('shrinks a long title to fit a portrait page instead of cutting it', () => {
    const { ctx } = draw(TUMACO_COMPOSITION, { width: 1240, height: 1754 });
    const title = ctx.calls.find(
      (call) => call.method === 'fillText' && String(call.args[0]).startsWith('Tumaco'),
    );
    expect(title?.args[0]).toBe(TUMACO_COMPOSITION.title);
  });

  it('draws the map image exactly into the map rectangle', () => {
    const { ctx, layout } = draw();
    const call = ctx.calls.find((item) => item.method === 'drawImage');
    expect(call?.args).toEqual([mapImage, layout.map.x, layout.map.y, layout.map.width, layout.map.height]);
  });

  it('draws legend entries and classes in order, each after a swatch in its colour', () => {
    const { ctx } = draw();
    const labels = legendRows(TUMACO_COMPOSITION.legend).map((row) => row.label);
    const texts = ctx.texts();
    const positions = labels.map((label) => texts.indexOf(label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const salud = ctx.calls.findIndex((call) => call.method === 'fillText' && call.args[0] === 'Salud rural');
    const swatch = ctx.calls
      .slice(0, salud)
      .reverse()
      .find((call) => call.method === 'fill' || call.method === 'fillRect');
    expect(swatch?.fillStyle).toBe('#d62728');
    const line = ctx.calls.findIndex(
      (call) => call.method === 'fillText' && call.args[0] === 'Límite municipal',
    );
    const stroke = ctx.calls
      .slice(0, line)
      .reverse()
      .find((call) => call.method === 'stroke');
    expect(stroke?.strokeStyle).toBe('#444444');
  });

  it('draws the sample stamp if and only if sampleStamp is set, in the language', () => {
    expect(draw().ctx.texts()).toContain('DATOS DE MUESTRA');
    expect(draw({ ...TUMACO_COMPOSITION, lang: 'en' }).ctx.texts()).toContain('SAMPLE DATA');
    const clean = draw({ ...TUMACO_COMPOSITION, sampleStamp: false }).ctx.texts();
    expect(clean).not.toContain('DATOS DE MUESTRA');
    expect(clean).not.toContain('SAMPLE DATA');
  });

  it('rotates the north arrow by minus the bearing', () => {
    const { ctx } = draw({ ...TUMACO_COMPOSITION, bearing: 90 });
    const letter = ctx.calls.find((call) => call.method === 'fillText' && call.args[0] === 'N');
    expect(letter?.rotation).toBeCloseTo(-Math.PI / 2);
    const north = draw({ ...TUMACO_COMPOSITION, bearing: 0 }).ctx.calls.find(
      (call) => call.method === 'fillText' && call.args[0] === 'N',
    );
    expect(north?.rotation).toBeCloseTo(0);
  });

  it('draws a scale bar label with a round distance', () => {
    const texts = draw().ctx.texts();
    expect(texts.some((text) => /^(1|2|5)(0*) (m|km)$/.test(text))).toBe(true);
  });

  it('draws the footer: filters, data year, export date and sources', () => {
    const texts = draw().ctx.texts().join('\n');
    expect(texts).toContain('Filtros: Año: 2023 · Pilar: todos');
    expect(texts).toContain('Año de los datos: 2023 · Exportado: 28 nov 2026');
    expect(texts).toContain('Fuentes: UNODC SIMCI 2023 (CC BY 4.0)');
  });

  it('says "none" when there are no filters and omits a missing data year', () => {
    const lines = footerLines({ ...TUMACO_COMPOSITION, filters: [], dataYear: null, lang: 'en' });
    expect(lines.filters).toBe('Filters: none');
    expect(lines.dateLine).toBe('Exported: 28 Nov 2026');
  });

  it('keeps every text inside the page', () => {
    const { ctx, layout } = draw(TUMACO_COMPOSITION, { width: 1275, height: 1650 });
    for (const call of ctx.calls.filter((item) => item.method === 'fillText' && item.rotation === 0)) {
      const [text, x, y] = call.args as [string, number, number];
      expect(x, text).toBeGreaterThanOrEqual(0);
      expect(y, text).toBeLessThanOrEqual(layout.output.height);
    }
  });
});

describe('placeLegendRows', () => {
  const row = (label: string, indent: boolean) => ({ label, color: '#000', shape: 'fill' as const, indent });
  it('keeps an entry with its classes in one column', () => {
    const rows = [
      row('A', false),
      row('a1', true),
      row('a2', true),
      row('B', false),
      row('b1', true),
      row('b2', true),
      row('C', false),
      row('D', false),
    ];
    const { slots, perColumn } = placeLegendRows(rows, 2);
    // 4 slots per column would split B from its classes or need a third column.
    expect(perColumn).toBe(5);
    expect(slots.map(([column]) => column)).toEqual([0, 0, 0, 1, 1, 1, 1, 1]);
  });
  it('uses one column in order when there is one column', () => {
    const rows = [row('A', false), row('a1', true), row('B', false)];
    expect(placeLegendRows(rows, 1)).toEqual({
      slots: [
        [0, 0],
        [0, 1],
        [0, 2],
      ],
      perColumn: 3,
    });
  });
});
