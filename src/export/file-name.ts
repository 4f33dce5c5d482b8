/**
 * Export file names: `atlas_<part>_<part>_<yyyymmdd>.<ext>`, ASCII only (accents removed,
 * everything else collapsed to "-"), so names survive e-mail, Windows and ZIP tools. Image exports
 * name the zone and the layers, data exports their kind and scope.
 */
import { isoDateParts } from '../geo/iso-date';
import { normalizeName } from '../geo/normalize-name';
import type { ExportFormat } from './types';

/** Lower-case ASCII slug: "Tumaco (Nariño)" → "tumaco-narino". */
const slugify = (text: string) => normalizeName(text, '-');

const EXTENSIONS: Record<ExportFormat | 'zip', string> = { png: 'png', jpeg: 'jpg', pdf: 'pdf', zip: 'zip' };

/** `atlas_<parts joined by _>_<yyyymmdd>.<extension>`; throws when `date` is not an ISO date. */
function atlasFileName(parts: readonly string[], date: string, extension: string): string {
  const day = isoDateParts(date);
  if (!day) throw new Error(`not an ISO date: ${date}`);
  return `atlas_${parts.join('_')}_${day.join('')}.${extension}`;
}

/**
 * @example
 * exportFileName({ zone: 'Tumaco', layers: ['interventions', 'coca'], date: '2026-11-28', format: 'png' });
 * // "atlas_tumaco_interventions-coca_20261128.png"
 */
export function exportFileName(input: {
  zone: string;
  layers: readonly string[];
  date: string;
  format: ExportFormat | 'zip';
}): string {
  const zone = slugify(input.zone) || 'mapa';
  const layers =
    slugify(input.layers.map(slugify).filter(Boolean).join('-')).slice(0, 60).replace(/-+$/, '') || 'capas';
  return atlasFileName([zone, layers], input.date, EXTENSIONS[input.format]);
}

/**
 * @example dataFileName('interventions', 'Catatumbo', '2026-11-28T05:00:00Z', 'csv')
 * // 'atlas_interventions_catatumbo_20261128.csv'
 */
export function dataFileName(kind: 'interventions' | 'zones', scope: string, isoDate: string, ext: string) {
  return atlasFileName([kind, slugify(scope) || 'colombia'], isoDate, ext);
}
