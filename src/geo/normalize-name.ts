/**
 * Folds a place name for matching: no accents, lower case, punctuation to spaces.
 *
 * @example
 * normalizeName('Mirití - Paraná') // => 'miriti parana'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
