import mapshaper from 'mapshaper';
import { describe, expect, it } from 'vitest';
import { readDbfHeader } from './read-dbf-header.ts';

async function dbfOf(properties: object[]): Promise<Uint8Array> {
  const collection = {
    type: 'FeatureCollection',
    features: properties.map((p) => ({ type: 'Feature', properties: p, geometry: null })),
  };
  const output = await mapshaper.applyCommands('-i in.json -o format=dbf out.dbf', {
    'in.json': JSON.stringify(collection),
  });
  const dbf = output['out.dbf'];
  return typeof dbf === 'string' ? new TextEncoder().encode(dbf) : new Uint8Array(dbf);
}

describe('readDbfHeader', () => {
  it('reads the record count and field names', async () => {
    const bytes = await dbfOf([
      { DPTO_CCDGO: '52', MPIO_CCDGO: '835' },
      { DPTO_CCDGO: '05', MPIO_CCDGO: '120' },
    ]);
    expect(readDbfHeader(bytes)).toEqual({ recordCount: 2, fields: ['DPTO_CCDGO', 'MPIO_CCDGO'] });
  });

  it('says when the file is shorter than its header announces', async () => {
    const bytes = await dbfOf(Array.from({ length: 50 }, (_, i) => ({ MPIO_CDPMP: String(10000 + i) })));
    const header = readDbfHeader(bytes.subarray(0, bytes.length - 40));
    expect(header).toEqual({ problem: expect.stringMatching(/^truncated: .*announces 50 records/) });
    expect(readDbfHeader(bytes.subarray(0, 10))).toEqual({ problem: expect.stringMatching(/too short/) });
  });
});
