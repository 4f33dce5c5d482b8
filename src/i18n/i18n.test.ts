import { describe, expect, it } from 'vitest';
import { en, es } from './dictionary';
import { formatNumber } from './format-number';
import { translate } from './translate';

describe('i18n', () => {
  it('has the same keys in Spanish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const value of [...Object.values(es), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('fills placeholders with plain text', () => {
    expect(translate('es', 'info.members', { count: 170 })).toBe('Municipios (170)');
    expect(translate('en', 'info.openZone', { name: '<b>x</b>' })).toBe('Show <b>x</b>');
  });

  it('formats numbers in Colombian format in Spanish and US format in English', () => {
    expect(formatNumber(1234.5, 'es', { maximumFractionDigits: 1 })).toBe('1.234,5');
    expect(formatNumber(1234567.25, 'es')).toBe('1.234.567,25');
    expect(formatNumber(1234.5, 'en', { maximumFractionDigits: 1 })).toBe('1,234.5');
  });
});
