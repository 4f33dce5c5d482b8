import { describe, expect, it } from 'vitest';
import { stemOfYearHeader, yearOfHeader } from './year-columns';

describe('yearOfHeader', () => {
  it('reads the SIMCI wide-table column names', () => {
    expect(
      ['2001', '_2001', 'areacoca_2019', 'areacoca2004', 'coca2022_', 'ha 2020'].map(yearOfHeader),
    ).toEqual([2001, 2001, 2019, 2004, 2022, 2020]);
  });

  it('finds no year in codes and other numbers', () => {
    expect(['divipola', 'cod_20011', '1202019', 'grilla1', 'x2001y', '1850'].map(yearOfHeader)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('gives the value name without its year', () => {
    expect(stemOfYearHeader('areacoca_2019')).toBe('areacoca');
    expect(stemOfYearHeader('2024')).toBe('value');
  });
});
