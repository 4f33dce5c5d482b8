import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter';

describe('detectDelimiter', () => {
  it('prefers ; over the decimal commas of a Spanish-locale file', () => {
    expect(detectDelimiter('id;lat;lon\nA1;4,5;-74,1\nA2;4,6;-74,2\n')).toBe(';');
  });

  it('finds tab and pipe', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
  });

  it('ignores delimiters inside quoted fields', () => {
    expect(detectDelimiter('id,title\n1,"Vía; tramo | norte"\n2,"x; y"\n')).toBe(',');
  });

  it("splits on the header's delimiter even when data rows lack values", () => {
    expect(detectDelimiter('id;nombre\n1\n2\n3;c\n')).toBe(';');
  });

  it('falls back to a comma for a one-column file', () => {
    expect(detectDelimiter('nombre\nA\nB\n')).toBe(',');
  });
});
