import { describe, expect, it } from 'vitest';
import { en, es, FEATURE_MESSAGES } from './dictionary';
import { formatNumber } from './format-number';
import { translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dictionary', () => {
  it('has the same keys in Spanish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const value of [...Object.values(es), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('declares every key in one feature file only (a second one would silently win)', () => {
    const keys = FEATURE_MESSAGES.flatMap((feature) => Object.keys(feature.es));
    expect(keys.length).toBe(Object.keys(es).length);
  });

  it('has the same placeholders in both languages', () => {
    const mismatched = (Object.keys(es) as (keyof typeof es)[]).filter(
      (key) => placeholders(es[key]).join() !== placeholders(en[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders with plain text', () => {
    expect(translate('es', 'info.members', { count: 170 })).toBe('Municipios (170)');
    expect(translate('en', 'info.openZone', { name: '<b>x</b>' })).toBe('Show <b>x</b>');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(translate('en', 'exportSize.invalid', { width: 1 })).toBe('Invalid size: 1 × {height} px.');
  });

  it('gives the texts drawn on exported maps in both languages', () => {
    expect(translate('es', 'exportImage.sampleStamp')).toBe('DATOS DE MUESTRA');
    expect(translate('en', 'exportImage.sampleStamp')).toBe('SAMPLE DATA');
  });
});

describe('formatNumber', () => {
  it('formats numbers in Colombian format in Spanish and US format in English', () => {
    expect(formatNumber(1234.5, 'es', { maximumFractionDigits: 1 })).toBe('1.234,5');
    expect(formatNumber(1234567.25, 'es')).toBe('1.234.567,25');
    expect(formatNumber(1234.5, 'en', { maximumFractionDigits: 1 })).toBe('1,234.5');
  });

  it('groups four-digit numbers and drops trailing zeros', () => {
    expect(formatNumber(16384, 'es', { maximumFractionDigits: 2 })).toBe('16.384');
    expect(formatNumber(5, 'es', { maximumFractionDigits: 2 })).toBe('5');
    expect(formatNumber(999, 'es')).toBe('999');
  });

  it('keeps the minus sign of negative numbers but not of a value that rounds to zero', () => {
    expect(formatNumber(-0.25, 'es', { maximumFractionDigits: 2 })).toBe('-0,25');
    expect(formatNumber(-0.001, 'en', { maximumFractionDigits: 1 })).toBe('0');
    expect(formatNumber(-0, 'en')).toBe('0');
  });
});
