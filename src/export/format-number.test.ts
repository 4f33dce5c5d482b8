import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it('uses Colombian separators in Spanish', () => {
    expect(formatNumber(1234.5, 'es')).toBe('1.234,5');
    expect(formatNumber(1234567, 'es')).toBe('1.234.567');
  });
  it('uses English separators in English', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
  it('drops trailing zeros and handles negatives and small numbers', () => {
    expect(formatNumber(5, 'es', { maximumFractionDigits: 2 })).toBe('5');
    expect(formatNumber(-0.25, 'es', { maximumFractionDigits: 2 })).toBe('-0,25');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(999, 'es')).toBe('999');
  });
});
