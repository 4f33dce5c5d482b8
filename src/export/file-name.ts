/**
 * Export file names: `atlas_<zone>_<layers>_<yyyymmdd>.<ext>`, ASCII only (accents removed,
 * everything else collapsed to "-"), so names survive e-mail, Windows and ZIP tools.
 */
import type { ExportFormat } from './types';

/**
 * Lower-case ASCII slug: "Tumaco (Nariño)" → "tumaco-narino".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const EXTENSIONS: Record<ExportFormat | 'zip', string> = { png: 'png', jpeg: 'jpg', pdf: 'pdf', zip: 'zip' };

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
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.date);
  if (!match) throw new Error(`exportFileName: not an ISO date: ${input.date}`);
  const zone = slugify(input.zone) || 'mapa';
  const layers =
    slugify(input.layers.map(slugify).filter(Boolean).join('-')).slice(0, 60).replace(/-+$/, '') || 'capas';
  return `atlas_${zone}_${layers}_${match[1]}${match[2]}${match[3]}.${EXTENSIONS[input.format]}`;
}
