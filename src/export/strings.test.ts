import { describe, expect, it } from 'vitest';
import { EXPORT_STRINGS, translate } from './strings';

describe('translate', () => {
  it('returns the text in the language, Spanish and English', () => {
    expect(translate('sampleStamp', 'es')).toBe('DATOS DE MUESTRA');
    expect(translate('sampleStamp', 'en')).toBe('SAMPLE DATA');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('size.invalid', 'en', { width: 0, height: 5 })).toBe('Invalid size: 0 × 5 px.');
    expect(translate('size.invalid', 'en', { width: 1 })).toContain('{height}');
    expect(translate('size.invalid', 'es', { width: 16384, height: 2.5 })).toBe(
      'Tamaño no válido: 16.384 × 2,5 px.',
    );
  });
  it('has the same placeholders in both languages', () => {
    for (const text of Object.values(EXPORT_STRINGS)) {
      const names = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names(text.es)).toEqual(names(text.en));
    }
  });
});
