/**
 * Texts the export core draws or reports, in Spanish (default) and English. Templates use
 * `{name}` placeholders filled by `translate`.
 */
import { formatNumber } from './format-number';
import type { Lang, Localized } from './types';

function format(value: string | number, lang: Lang): string {
  return typeof value === 'number' ? formatNumber(value, lang, { maximumFractionDigits: 2 }) : value;
}

export const EXPORT_STRINGS = {
  legend: { es: 'Leyenda', en: 'Legend' },
  filters: { es: 'Filtros', en: 'Filters' },
  noFilters: { es: 'ninguno', en: 'none' },
  dataYear: { es: 'Año de los datos', en: 'Data year' },
  exported: { es: 'Exportado', en: 'Exported' },
  sources: { es: 'Fuentes', en: 'Sources' },
  sampleStamp: { es: 'DATOS DE MUESTRA', en: 'SAMPLE DATA' },
  north: { es: 'N', en: 'N' },
  'size.outputTooLarge': {
    es: 'El navegador no puede crear una imagen de {width} × {height} px (límite {maxWidth} × {maxHeight} px, {maxArea} px en total). Tamaño máximo con estas proporciones: {fitWidth} × {fitHeight} px.',
    en: 'The browser cannot create a {width} × {height} px image (limit {maxWidth} × {maxHeight} px, {maxArea} px in total). Largest size with these proportions: {fitWidth} × {fitHeight} px.',
  },
  'size.mapTooLarge': {
    es: 'El mapa de {width} × {height} px supera el límite de WebGL de este equipo ({maxWidth} × {maxHeight} px). Tamaño máximo en una pieza: {fitWidth} × {fitHeight} px; o renderizar por mosaicos.',
    en: 'The {width} × {height} px map exceeds this device’s WebGL limit ({maxWidth} × {maxHeight} px). Largest single-piece size: {fitWidth} × {fitHeight} px; or render in tiles.',
  },
  'size.invalid': {
    es: 'Tamaño no válido: {width} × {height} px.',
    en: 'Invalid size: {width} × {height} px.',
  },
} satisfies Record<string, Localized>;

export type ExportStringKey = keyof typeof EXPORT_STRINGS;

/**
 * Returns the text for `key` in `lang`, with `{name}` placeholders replaced by `values`; numbers
 * are formatted for the language (`16.384` in Spanish, `16,384` in English).
 *
 * @example
 * translate('legend', 'en'); // "Legend"
 */
export function translate(
  key: ExportStringKey,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  return EXPORT_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? format(values[name], lang) : whole,
  );
}
