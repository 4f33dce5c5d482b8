import { describe, expect, it } from 'vitest';
import { COMMA_DECIMAL, detectNumberFormat, POINT_DECIMAL, parseNumber } from './number-format';

describe('detectNumberFormat', () => {
  it('reads decimal commas and thousands dots from Spanish-locale values', () => {
    expect(detectNumberFormat(['1.250.000,50', '2.300.000.000', '-5.000'])).toEqual(COMMA_DECIMAL);
    expect(detectNumberFormat(['-74,0721', '4,5'])).toEqual(COMMA_DECIMAL);
  });

  it('reads decimal points and thousands commas from English values', () => {
    expect(detectNumberFormat(['1,500,000.75', '250000'])).toEqual(POINT_DECIMAL);
    expect(detectNumberFormat(['-78.58', '1.6'])).toEqual(POINT_DECIMAL);
  });

  it('leaves undecided values (1.200, 12) to the file preference', () => {
    expect(detectNumberFormat(['1.200', '0'], { preferDecimalComma: true })).toEqual(COMMA_DECIMAL);
    expect(detectNumberFormat(['1.200', '0'])).toEqual(POINT_DECIMAL);
  });
});

describe('parseNumber', () => {
  it('reads a value with its column convention', () => {
    expect(parseNumber('1.250.000,50', COMMA_DECIMAL)).toBe(1_250_000.5);
    expect(parseNumber('1,500,000.75', POINT_DECIMAL)).toBe(1_500_000.75);
    expect(parseNumber('$ 1 234,5', COMMA_DECIMAL)).toBe(1234.5);
  });

  it('passes spreadsheet numbers through and reads empty as null', () => {
    expect(parseNumber(42.5, COMMA_DECIMAL)).toBe(42.5);
    expect(parseNumber('  ', COMMA_DECIMAL)).toBeNull();
    expect(parseNumber(null, COMMA_DECIMAL)).toBeNull();
  });

  it('gives NaN for text that is not a number, never another number', () => {
    expect(parseNumber('doce', POINT_DECIMAL)).toBeNaN();
    expect(parseNumber('0x10', POINT_DECIMAL)).toBeNaN();
    expect(parseNumber('12abc', POINT_DECIMAL)).toBeNaN();
    expect(parseNumber('1,5', POINT_DECIMAL)).toBeNaN(); // not 15: a comma there groups no thousands
    expect(parseNumber('12.34,5', COMMA_DECIMAL)).toBeNaN();
  });
});
