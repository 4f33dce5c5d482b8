import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it('folds accents and case to lower-case ASCII', () => {
    expect(normalizeName('Cáceres')).toBe('caceres');
    expect(normalizeName('NARIÑO')).toBe('narino');
  });

  it('turns every run of spaces and punctuation into one separator, none at the ends', () => {
    expect(normalizeName('  Mirití - Paraná ')).toBe('miriti parana');
    expect(normalizeName('San Andrés de Tumaco (Nariño)', '-')).toBe('san-andres-de-tumaco-narino');
    expect(normalizeName('Catatumbo – Norte de Santander', '-')).toBe('catatumbo-norte-de-santander');
  });

  it('gives an empty text for a name without letters or digits', () => {
    expect(normalizeName('¿—?')).toBe('');
  });
});
