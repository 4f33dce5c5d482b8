import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('formats the date part in Spanish and English', () => {
    expect(formatDate('2026-11-28T23:59:00-05:00', 'es')).toBe('28 nov 2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
  });
  it('rejects non-ISO input', () => {
    expect(() => formatDate('28/11/2026', 'es')).toThrow(/ISO/);
  });
});
