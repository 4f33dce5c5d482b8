// The import pipeline through the real import worker in Chromium (issue 8), before its UI exists:
// the built app, opened with `?importProbe`, exposes the worker client; a Spanish-Excel CSV
// fixture (Windows-1252, `;`, decimal commas) is inspected and imported in the worker, and a
// 100,000-row CSV streams through it with progress while the main thread never runs a task
// over 100 ms.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');

describe('import worker in the browser', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
    await page.goto(`${baseUrl}?importProbe`);
    await waitForMapIdle(page);
    await page.waitForFunction(() => document.documentElement.dataset.importProbe === 'ready');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('inspects and imports the Spanish-Excel CSV fixture in the worker', async () => {
    const bytes = [...readFileSync('test/fixtures/import/spanish-excel.csv')];
    const summary = await page.evaluate(async (content) => {
      const client = window.atlasImport;
      if (!client) throw new Error('no import probe');
      const file = new File([Uint8Array.from(content)], 'spanish-excel.csv');
      const inspected = await client.inspect(file);
      if (!inspected.ok) return inspected.refusal.message;
      const { mapping, settings, encoding, delimiter } = inspected.inspection;
      const outcome = await client.import(file, { mapping, settings, gazetteer: [] });
      if (!outcome.ok) return outcome.refusal.message;
      const { result } = outcome;
      return {
        encoding: encoding?.encoding,
        delimiter,
        accepted: result.accepted,
        rejected: result.rejected,
        lon: result.kind === 'points' ? Array.from(result.points.lon) : [],
        problems: result.problems.map((problem) => [problem.code, problem.row]),
      };
    }, bytes);
    expect(summary).toEqual({
      encoding: 'windows-1252',
      delimiter: ';',
      accepted: 4,
      rejected: 4,
      lon: [-78.6, -75.35, -72.801, -72.802],
      problems: [
        ['latitudeOutOfRange', 4],
        ['invalidDate', 5],
        ['negativeValue', 7],
        ['typeNotInPillar', 8],
        ['unrecognisedCategory', 9],
      ],
    });
  });

  it('streams 100,000 rows with progress and no main-thread task over 100 ms', async () => {
    const measured = await page.evaluate(async () => {
      const client = window.atlasImport;
      if (!client) throw new Error('no import probe');
      const lines = ['id;tipo;estado;fecha_inicio;presupuesto;latitud;longitud'];
      for (let index = 0; index < 100_000; index++) {
        lines.push(
          `R-${index};RD-VIA;Terminada;${(index % 28) + 1}/3/2024;1.234,5;${(7.5 + (index % 100) / 1000).toFixed(3).replace('.', ',')};-75,35`,
        );
      }
      const file = new File([lines.join('\r\n')], 'cien-mil.csv');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const progress: number[] = [];
      const inspected = await client.inspect(file);
      if (!inspected.ok) throw new Error(inspected.refusal.message);
      const { mapping, settings } = inspected.inspection;
      const outcome = await client.import(
        file,
        { mapping, settings, gazetteer: [] },
        { onProgress: (fraction) => progress.push(fraction) },
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return { accepted: outcome.ok ? outcome.result.accepted : -1, progress, longTasks };
    });
    expect(measured.accepted).toBe(100_000);
    expect(measured.progress.at(-1)).toBe(1);
    expect(Math.max(0, ...measured.longTasks)).toBeLessThan(100);
    expect(session.errors).toEqual([]);
  });
});
