import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n1,"x, ""y"""\n')).toEqual([{ a: '1', b: 'x, "y"' }]);
  });

  it('skips leading comment lines and blank lines', () => {
    expect(parseCsv('# source: DANE\n\ncode,name\n05,Antioquia\n\n')).toEqual([
      { code: '05', name: 'Antioquia' },
    ]);
  });
});
