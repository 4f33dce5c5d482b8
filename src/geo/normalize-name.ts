/**
 * Folds a place name for matching, searching and file names: accents removed, lower-case ASCII,
 * every run of other characters (spaces, punctuation) turned into one `separator`, none at the
 * ends. The one name folding of the project: the geography build keys names with it, the zone
 * picker searches with it and export file names are slugs made with it.
 *
 * @example
 * normalizeName('Mirití - Paraná') // => 'miriti parana'
 * normalizeName('Tumaco (Nariño)', '-') // => 'tumaco-narino'
 */
export function normalizeName(name: string, separator = ' '): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replaceAll(' ', separator);
}
