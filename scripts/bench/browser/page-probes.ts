/**
 * What the benchmark injects into each page before its scripts run: a log of every change of the
 * `data-map-idle` and `data-analysis` hooks with its time (ms since navigation start), and the
 * longest main-thread task seen (PerformanceObserver `longtask`). Read back with `readProbes`.
 */
import type { Page } from 'playwright-core';

export interface Probes {
  transitions: { hook: 'mapIdle' | 'analysis'; value: string; at: number }[];
  longestTaskMs: number;
  longTasks: number;
}

export const PROBE_SCRIPT = `(() => {
  const probes = { transitions: [], longestTaskMs: 0, longTasks: 0 };
  window.__probes = probes;
  const seen = { mapIdle: undefined, analysis: undefined };
  new MutationObserver(() => {
    const data = document.documentElement.dataset;
    for (const hook of ['mapIdle', 'analysis']) {
      if (data[hook] !== seen[hook]) {
        seen[hook] = data[hook];
        probes.transitions.push({ hook, value: String(data[hook]), at: performance.now() });
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-idle', 'data-analysis'] });
  // One click on the SR pillar checkbox (dispatched by the benchmark): resolves with the click's
  // time and the ms until the filter count changed and the next frame was painted.
  window.__watchCountChange = () => new Promise((done, fail) => {
    const count = () => document.querySelector('[data-testid="filter-count"]')?.textContent;
    const before = count();
    let start = Number.NaN;
    document.addEventListener('click', (event) => { start = event.timeStamp; }, { capture: true, once: true });
    const timer = setTimeout(() => fail(new Error('the count did not change within 120 s')), 120000);
    const observer = new MutationObserver(() => {
      if (count() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => done({ start, views: performance.now() - start }), 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probes.longTasks++;
        probes.longestTaskMs = Math.max(probes.longestTaskMs, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export function readProbes(page: Page): Promise<Probes> {
  return page.evaluate(() => (window as unknown as { __probes: Probes }).__probes);
}

export function resetLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probes = (window as unknown as { __probes: Probes }).__probes;
    probes.longestTaskMs = 0;
    probes.longTasks = 0;
  });
}

/**
 * Waits until the map is idle (and, for the app, the analysis ready) and has stayed so for
 * `quietMs`; returns the time of the last transition to idle (ms since navigation start).
 */
export async function settledIdleAt(
  page: Page,
  options: { after: number; needAnalysis: boolean; quietMs?: number; timeoutMs?: number },
): Promise<number> {
  const quietMs = options.quietMs ?? 500;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    const state = await page.evaluate(
      ({ after, needAnalysis }) => {
        const probes = (window as unknown as { __probes: Probes }).__probes;
        const data = document.documentElement.dataset;
        const ready = data.mapIdle === 'true' && (!needAnalysis || data.analysis === 'ready');
        const lastChange = probes.transitions.filter((t) => t.at >= after).at(-1)?.at ?? after;
        const lastIdle = probes.transitions
          .filter((t) => t.hook === 'mapIdle' && t.value === 'true')
          .at(-1)?.at;
        return {
          ready,
          quietFor: performance.now() - lastChange,
          lastIdle: lastIdle ?? 0,
          failed: data.analysis === 'error',
        };
      },
      { after: options.after, needAnalysis: options.needAnalysis },
    );
    if (state.failed) throw new Error('the app reported an analysis error');
    if (state.ready && state.quietFor >= quietMs) return Math.max(state.lastIdle, options.after);
    if (Date.now() > deadline) throw new Error(`map not idle within ${options.timeoutMs ?? 180_000} ms`);
    await page.waitForTimeout(50);
  }
}
