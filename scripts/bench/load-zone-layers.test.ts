import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadZoneLayers } from './load-zone-layers';

describe('loadZoneLayers', () => {
  it('fails with a message telling to run npm run geo:build when the layers are missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'bench-'));
    expect(() => loadZoneLayers(empty)).toThrow(/municipalities\.geojson.*npm run geo:build/);
  });
});
