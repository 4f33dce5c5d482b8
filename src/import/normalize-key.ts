/**
 * One normal form for the words people write in headers and place names, so that "Fecha de
 * inicio", "FECHA_DE_INICIO" and "fecha-de-inicio" compare equal, and so do "Cáceres" and
 * "CACERES". Accents and case are dropped, every run of other characters becomes one `_`.
 */

/**
 * @example
 * normalizeKey('Fecha de Inicio') // => 'fecha_de_inicio'
 * normalizeKey('_gps_latitude') // => 'gps_latitude'
 * normalizeKey('Año') // => 'ano'
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
