/**
 * `npm run bench:browser` (add `-- --json` for one JSON object per line): the app as a user feels
 * it, in headless Chromium (software GL, 1440 × 900), measured against a bare MapLibre page
 * (scripts/bench/bare/) in the same run. Issue 9's targets are ratios and p95s of these lines:
 *   {"metric":"first_map_idle","app_ms","bare_ms","ratio"}            shipped data, median of --runs
 *   {"metric":"filter_views","interventions":N,"p50_ms","p95_ms"}     click on the SR pillar → count
 *                                                                     (and table, stats, ranking) updated and painted
 *   {"metric":"filter_map","interventions":N,"p95_ms","bare_repaint_p95_ms","ratio"}
 *                                                                     same click → map idle again, vs the bare
 *                                                                     page's repaint after a setFilter on N points
 *   {"metric":"initial_js_gzip_kb","kb"}                              entry + static imports, gzip
 * Filter lines carry `longest_task_ms` (the longest main-thread task during the toggles) and the
 * app's `load_ms` to analysis ready. The data for N interventions comes from
 * `npm run data:build -- --count N --out-dir bench-data/data-N`, copied over a copy of `dist/`.
 * Flags: --sizes 100000,1000000  --runs 5 (page loads per side)  --toggles 20  --reuse-data.
 * A benchmark, not a test: it prints figures, it does not fail on them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser } from '../test/e2e/browser';
import { initialJs } from './bench/browser/initial-js';
import { PROBE_SCRIPT, readProbes, resetLongTasks, settledIdleAt } from './bench/browser/page-probes';
import { type StaticServer, serveStatic } from './bench/browser/static-server';
import { percentile } from './bench/measure';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const flag = (name: string, fallback: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 && argv[index + 1] ? argv[index + 1] : fallback;
};
const SIZES = flag('sizes', '100000,1000000').split(',').map(Number);
const RUNS = Number(flag('runs', '5'));
const TOGGLES = Number(flag('toggles', '20'));
const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench-data');
const VIEWPORT = { width: 1440, height: 900 };
const LOAD_TIMEOUT_MS = 300_000;

const say = (text: string) => {
  if (!json) console.log(text);
};
const emit = (line: Record<string, unknown>, text: string) =>
  json ? console.log(JSON.stringify(line)) : say(text);
const ms = (value: number) => Math.round(value);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** A copy of dist/ with the data files for `count` interventions laid over its geo/ folder. */
function appFor(count: number | null): string {
  const target = join(BENCH, `app-${count ?? 'shipped'}`);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), target, { recursive: true });
  if (count === null) return target;
  const data = join(BENCH, `data-${count}`);
  if (!argv.includes('--reuse-data') || !existsSync(data)) {
    say(`  generating ${count.toLocaleString('en')} interventions (npm run data:build) …`);
    execFileSync('npm', ['run', '-s', 'data:build', '--', '--count', String(count), '--out-dir', data], {
      cwd: ROOT,
      stdio: json ? 'ignore' : 'inherit',
    });
  }
  for (const file of readdirSync(data)) cpSync(join(data, file), join(target, 'geo', file));
  return target;
}

async function loadAndSettle(page: Page, url: string, needAnalysis: boolean): Promise<number> {
  await page.goto(url);
  return settledIdleAt(page, { after: 0, needAnalysis, timeoutMs: LOAD_TIMEOUT_MS });
}

async function firstMapIdle(server: StaticServer): Promise<void> {
  const session = await openBrowser(VIEWPORT);
  try {
    await session.context.addInitScript(PROBE_SCRIPT);
    const app: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(await loadAndSettle(session.page, `${server.url}bare/`, false));
      app.push(await loadAndSettle(session.page, server.url, true));
    }
    const appMs = percentile(app, 50);
    const bareMs = percentile(bare, 50);
    emit(
      {
        metric: 'first_map_idle',
        app_ms: ms(appMs),
        bare_ms: ms(bareMs),
        ratio: ratio(appMs, bareMs),
        runs: RUNS,
      },
      `first map idle (median of ${RUNS}): app ${ms(appMs)} ms, bare MapLibre ${ms(bareMs)} ms → ${ratio(appMs, bareMs)}× (app runs ${app.map(ms).join(', ')}; bare ${bare.map(ms).join(', ')})`,
    );
  } finally {
    await session.close();
  }
}

/** One click on the SR pillar checkbox: ms to the painted count update, and to the map idle again. */
async function toggleOnce(page: Page): Promise<{ views: number; map: number }> {
  const pending = page.evaluate(() =>
    (
      window as unknown as { __watchCountChange(): Promise<{ start: number; views: number }> }
    ).__watchCountChange(),
  );
  await page.getByTestId('filter-pillars-SR').click();
  const { start, views } = await pending;
  const idleAt = await settledIdleAt(page, { after: start, needAnalysis: true });
  return { views, map: Math.max(views, idleAt - start) };
}

async function bareRepaint(page: Page): Promise<number> {
  const start = await page.evaluate(() => {
    const now = performance.now();
    (window as unknown as { bench: { toggleFilter(): void } }).bench.toggleFilter();
    return now;
  });
  return (await settledIdleAt(page, { after: start, needAnalysis: false })) - start;
}

async function filterRun(server: StaticServer, count: number): Promise<void> {
  const session = await openBrowser(VIEWPORT);
  try {
    await session.context.addInitScript(PROBE_SCRIPT);
    const { page } = session;
    let loadMs: number;
    try {
      loadMs = await loadAndSettle(page, server.url, true);
    } catch (error) {
      const message = `app not ready: ${(error as Error).message}`;
      for (const metric of ['filter_views', 'filter_map'])
        emit({ metric, interventions: count, error: message }, `${metric} at ${count}: ${message}`);
      return;
    }
    const loadLongest = (await readProbes(page)).longestTaskMs;
    await resetLongTasks(page);
    const views: number[] = [];
    const map: number[] = [];
    for (let i = 0; i < TOGGLES; i++) {
      const result = await toggleOnce(page);
      views.push(result.views);
      map.push(result.map);
    }
    const filterLongest = (await readProbes(page)).longestTaskMs;
    await page.goto(`${server.url}bare/?points=${count}`);
    await settledIdleAt(page, { after: 0, needAnalysis: false, timeoutMs: LOAD_TIMEOUT_MS });
    const bare: number[] = [];
    for (let i = 0; i < TOGGLES; i++) bare.push(await bareRepaint(page));
    const mapP95 = percentile(map, 95);
    const bareP95 = percentile(bare, 95);
    emit(
      {
        metric: 'filter_views',
        interventions: count,
        p50_ms: ms(percentile(views, 50)),
        p95_ms: ms(percentile(views, 95)),
        load_ms: ms(loadMs),
        longest_task_ms: ms(filterLongest),
        load_longest_task_ms: ms(loadLongest),
      },
      `filter → count/table/stats painted, ${count.toLocaleString('en')} interventions: p50 ${ms(percentile(views, 50))} ms, p95 ${ms(percentile(views, 95))} ms (app ready in ${ms(loadMs)} ms; longest main-thread task: loading ${ms(loadLongest)} ms, filtering ${ms(filterLongest)} ms)`,
    );
    emit(
      {
        metric: 'filter_map',
        interventions: count,
        p50_ms: ms(percentile(map, 50)),
        p95_ms: ms(mapP95),
        bare_repaint_p95_ms: ms(bareP95),
        ratio: ratio(mapP95, bareP95),
      },
      `filter → map idle again, ${count.toLocaleString('en')}: p50 ${ms(percentile(map, 50))} ms, p95 ${ms(mapP95)} ms; bare setFilter repaint p95 ${ms(bareP95)} ms → ${ratio(mapP95, bareP95)}×`,
    );
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `vite build` first');
  mkdirSync(BENCH, { recursive: true });
  say('Building the bare MapLibre baseline …');
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/bare/vite.config.ts'], {
    cwd: ROOT,
    stdio: json ? 'ignore' : 'inherit',
  });
  const bareRoot = join(BENCH, 'bare');
  say(`Headless Chromium, software GL, ${VIEWPORT.width} × ${VIEWPORT.height}, production build.`);
  const js = initialJs(join(ROOT, 'dist'));
  emit(
    { metric: 'initial_js_gzip_kb', kb: js.kb, files: js.files.length, workers_kb: js.workerKb },
    `initial JavaScript: ${js.kb} kB gzip in ${js.files.length} files (workers, not counted: ${js.workerKb} kB)`,
  );
  const shipped = await serveStatic({ '/': appFor(null), '/bare/': bareRoot });
  try {
    await firstMapIdle(shipped);
  } finally {
    await shipped.close();
  }
  for (const count of SIZES) {
    const server = await serveStatic({ '/': appFor(count), '/bare/': bareRoot });
    try {
      await filterRun(server, count);
    } finally {
      await server.close();
    }
  }
  say(
    `machine load average (1 min) at the end: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
