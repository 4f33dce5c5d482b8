/**
 * The zone that filters the interventions, in words: a catalog zone (municipality, PDET
 * subregion, Zona Futuro, pilot) or an imported area. One place for the chips, the data exports
 * and the map exports, so they always name the zone the same way.
 */

import type { ZoneRef } from '../analysis/zone-layers';
import { type Lang, translate } from '../i18n/translate';
import type { Catalog } from './catalog';

export interface ZoneLabel {
  /** "San Andrés de Tumaco", "Catatumbo", or the imported area's name. */
  name: string;
  /** "Piloto", "Subregión PDET", "Área importada"… */
  kind: string;
}

/** The display name of a catalog zone (municipality name, or the zone's own name). */
export function catalogZoneName(catalog: Catalog | null, ref: ZoneRef): string {
  if (ref.layer === 'municipalities' || ref.layer === 'pilot-municipalities') {
    return catalog?.municipalities.get(ref.id)?.name ?? ref.id;
  }
  return ref.id;
}

/**
 * @example zoneLabel({ selection: { layer: 'pdet-subregions', id: 'Catatumbo' }, customArea: null, catalog, lang: 'es' })
 * // { name: 'Catatumbo', kind: 'Subregión PDET' }
 */
export function zoneLabel(input: {
  selection: ZoneRef | null;
  customArea: { name: string } | null | undefined;
  catalog: Catalog | null;
  lang: Lang;
}): ZoneLabel | null {
  if (input.customArea) return { name: input.customArea.name, kind: translate(input.lang, 'area.kind') };
  if (!input.selection) return null;
  return {
    name: catalogZoneName(input.catalog, input.selection),
    kind: translate(input.lang, `picker.kind.${input.selection.layer}`),
  };
}
