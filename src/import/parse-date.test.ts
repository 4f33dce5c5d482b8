import { describe, expect, it } from 'vitest';
import { dayNumber } from '../geo/day-number';
import { detectDateOrder, isoDate, parseDate } from './parse-date';

describe('parseDate', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(parseDate('2024-03-01', 'dmy')).toBe(dayNumber('2024-03-01'));
    expect(parseDate('2024-05-02T08:01:00.000-05:00', 'dmy')).toBe(dayNumber('2024-05-02'));
  });

  it('reads day-first d/m/yyyy and dd-mm-yyyy', () => {
    expect(parseDate('5/3/2024', 'dmy')).toBe(dayNumber('2024-03-05'));
    expect(parseDate('05-03-2024', 'dmy')).toBe(dayNumber('2024-03-05'));
  });

  it('reads month-first when the column is month-first', () => {
    expect(parseDate('3/25/2024', 'mdy')).toBe(dayNumber('2024-03-25'));
  });

  it('reads Excel serial numbers (45292 is 2024-01-01)', () => {
    expect(parseDate(45292, 'dmy')).toBe(dayNumber('2024-01-01'));
    expect(parseDate('45292', 'dmy')).toBe(dayNumber('2024-01-01'));
  });

  it('reads spreadsheet date cells as the calendar day they show', () => {
    expect(parseDate(new Date('2024-02-01T00:00:00Z'), 'dmy')).toBe(dayNumber('2024-02-01'));
    expect(parseDate(new Date(2024, 1, 1), 'dmy')).toBe(dayNumber('2024-02-01'));
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(parseDate('2023-02-30', 'dmy')).toBeNaN();
    expect(parseDate('30/02/2023', 'dmy')).toBeNaN();
    expect(parseDate('2023-02-29', 'dmy')).toBeNaN();
    expect(parseDate('31/04/2024', 'dmy')).toBeNaN();
    expect(parseDate('2024-02-29', 'dmy')).toBe(dayNumber('2024-02-29'));
  });

  it('reads empty as null and other text as NaN', () => {
    expect(parseDate('', 'dmy')).toBeNull();
    expect(parseDate(null, 'dmy')).toBeNull();
    expect(parseDate('pronto', 'dmy')).toBeNaN();
    expect(parseDate(2023, 'dmy')).toBeNaN();
  });

  it('writes day numbers back as ISO text', () => {
    expect(isoDate(dayNumber('2024-03-01'))).toBe('2024-03-01');
  });
});

describe('detectDateOrder', () => {
  it('is day first unless a value proves month first', () => {
    expect(detectDateOrder(['1/3/2024', '2/3/2024'])).toBe('dmy');
    expect(detectDateOrder(['25/03/2024', '3/4/2024'])).toBe('dmy');
    expect(detectDateOrder(['3/25/2024', '12/1/2023'])).toBe('mdy');
  });
});
