/**
 * `npm run bench:export` (add `-- --json` for one `{"width","height","ms"}` object per line):
 * serves the built app with `vite preview` on a free port, opens headless Chromium (software GL),
 * frames Tumaco with interventions, pilots, departments and coca 2023, and times exports driven
 * through the dialog like a user, from the click to the download: the 16:9 slide at scale 1
 * (baseline) and the same 1920 × 1080 frame at scale 3 (5760 × 3240, custom size). Target for the
 * scale-3 export: under 5 s. A benchmark, not a test.
 */
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { openBrowser } from '../test/e2e/browser';

const json = process.argv.includes('--json');
const say = (text: string) => {
  if (!json) console.log(text);
};

interface Case {
  label: string;
  width: number;
  height: number;
  choose(page: Page): Promise<void>;
}

const scaled: Case['choose'] = async (page) => {
  await page.getByTestId('export-preset').selectOption('custom');
  await page.getByTestId('export-width').fill('5760');
  await page.getByTestId('export-height').fill('3240');
  await page.getByTestId('export-scale').fill('3');
};

const CASES: Case[] = [
  {
    label: '16:9 slide, scale 1 (baseline)',
    width: 1920,
    height: 1080,
    choose: async (page) => {
      await page.getByTestId('export-preset').selectOption('slide-16x9');
    },
  },
  {
    label: '1920 × 1080 at scale 3 (custom)',
    width: 5760,
    height: 3240,
    choose: scaled,
  },
  {
    label: 'same again (export map kept warm)',
    width: 5760,
    height: 3240,
    choose: scaled,
  },
];

/** Records when each progress text first appears (ms after the click). */
async function watchStages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stages: [string, number][]; __start: number };
    w.__stages = [];
    w.__start = performance.now();
    const observer = new MutationObserver(() => {
      const text = document.querySelector('.export-progress span')?.textContent ?? '';
      const last = w.__stages.at(-1);
      if (text && last?.[0] !== text) w.__stages.push([text, Math.round(performance.now() - w.__start)]);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

async function main() {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const session = await openBrowser({ width: 1280, height: 800 });
  try {
    const { page } = session;
    const labels = JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')) as FeatureCollection<Point>;
    const tumaco = labels.features.find(
      (f) => f.properties?.layer === 'municipalities' && f.properties?.divipola === '52835',
    );
    if (!tumaco) throw new Error('no label anchor for Tumaco (52835)');
    const [lon, lat] = tumaco.geometry.coordinates;
    await page.goto(
      `${baseUrl}?exportDate=2026-01-15#v=9/${lat}/${lon}&l=coca-choropleth,departments,pilot-municipalities,interventions&s=pilot-municipalities:52835&lang=es`,
    );
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.analysis === 'ready' &&
        document.documentElement.dataset.mapIdle === 'true',
      undefined,
      { timeout: 120_000 },
    );
    await page.keyboard.press('Control+Shift+E');
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    say('Export timings, headless Chromium with software GL (SwiftShader), click → download:');
    const results: { width: number; height: number; ms: number }[] = [];
    for (const entry of CASES) {
      await entry.choose(page);
      await watchStages(page);
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.getByTestId('export-run').click(),
      ]);
      const path = await download.path();
      const ms = Math.round(performance.now() - started);
      if (!path) throw new Error(`${entry.label}: download failed: ${await download.failure()}`);
      const stages = await page.evaluate(
        () => (window as unknown as { __stages: [string, number][] }).__stages,
      );
      results.push({ width: entry.width, height: entry.height, ms });
      if (json) console.log(JSON.stringify({ width: entry.width, height: entry.height, ms }));
      say(
        `  ${entry.label}: ${entry.width} × ${entry.height} px in ${ms} ms, ${(statSync(path).size / 1_048_576).toFixed(1)} MB` +
          `  [${stages.map(([text, at]) => `${at} ms ${text}`).join(' → ')}]`,
      );
    }
    const [baseline, cold, warm] = results;
    say(
      `  scale 3 / scale 1: ${(cold.ms / baseline.ms).toFixed(2)}× time for 9× pixels (warm: ${(warm.ms / baseline.ms).toFixed(2)}×)`,
    );
    say(
      `  target < 5000 ms at 5760 × 3240: ${Math.min(cold.ms, warm.ms) < 5000 ? 'met' : 'NOT met'} (cold ${cold.ms} ms, warm ${warm.ms} ms)`,
    );
    say(
      `  machine load average (1 min) at the end: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
