import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n1,"x, ""y"""\n')).toEqual([{ a: '1', b: 'x, "y"' }]);
  });

  it('keeps a line break inside a quoted field', () => {
    expect(parseCsv('code,note\n05,"first line\nsecond line"\n08,plain\n')).toEqual([
      { code: '05', note: 'first line\nsecond line' },
      { code: '08', note: 'plain' },
    ]);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    expect(parseCsv('\uFEFFcode,name\r\n05,Antioquia\r\n')).toEqual([{ code: '05', name: 'Antioquia' }]);
  });

  it('skips leading comment lines and blank lines', () => {
    expect(parseCsv('# source: DANE\n\ncode,name\n05,Antioquia\n\n')).toEqual([
      { code: '05', name: 'Antioquia' },
    ]);
  });

  it('names the line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('code,name\n05,Antioquia,extra\n', 'departments.csv')).toThrow(
      /departments\.csv: row 2: .*fields/,
    );
  });
});
