// Launches Debian's Chromium through playwright-core with the flags that render WebGL2 in software
// (see ../shared/NOTES-browser.md), on a fresh profile, and records every request so journeys can
// prove that nothing left the origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    context,
    page,
    requests,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves when the app has loaded its analysis data (or reported an error) and the map has drawn
 * everything it was asked to (MapLibre `idle`).
 */
export async function waitForMapIdle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const { mapIdle, analysis } = document.documentElement.dataset;
      return mapIdle === 'true' && (analysis === 'ready' || analysis === 'error');
    },
    undefined,
    { timeout },
  );
}

/**
 * Runs `action` and resolves once the map has moved and settled again: the adapter's
 * `data-map-idle` flag goes to "false" (MapLibre `movestart`) and back to "true" (`idle`). A
 * MutationObserver in the page watches the flag, so nothing waits on a timer.
 */
export async function afterMapMove(page: Page, action: () => Promise<void>, timeout = 90_000): Promise<void> {
  // Wrapped in an object: evaluateHandle would otherwise wait for the promise before the action.
  const watch = await page.evaluateHandle((limit) => {
    const root = document.documentElement;
    const settled = new Promise<void>((resolve, reject) => {
      let moved = false;
      const observer = new MutationObserver(() => {
        if (root.dataset.mapIdle !== 'true') moved = true;
        else if (moved) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-map-idle'] });
      setTimeout(() => reject(new Error('the map did not move and settle')), limit);
    });
    return { settled };
  }, timeout);
  await action();
  await watch.evaluate((handle) => handle.settled);
}
