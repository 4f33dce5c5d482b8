/**
 * The manifest notes of the geography layers (Spanish and English): what the municipal layer is
 * (official boundaries, every unit drawn, official or computed areas, simplification), how
 * approximate the Zonas Futuro are, and where the department polygons come from.
 */
import type { MissingMunicipality } from '../../src/io/manifest.ts';
import type { MunicipalityProperties } from './attach-membership.ts';
import type { GeoLayerId } from './build-manifest-layers.ts';
import type { ReferenceTables } from './read-reference.ts';

type Note = { es: string; en: string };

/** Thousands with '.' (es) or ',' (en), without depending on the machine's locale data. */
const count = (value: number, lang: 'es' | 'en') =>
  String(value).replace(/\B(?=(\d{3})+$)/g, lang === 'es' ? '.' : ',');

/**
 * @example
 * geographyNotes({ municipalities, missing: [], tables, ownDepartments: true, boundary: 'DANE – …' }).municipalities?.en
 * // => 'Official boundaries (DANE – Marco Geoestadístico Nacional 2018): 1,122 municipalities …'
 */
export function geographyNotes(input: {
  municipalities: readonly MunicipalityProperties[];
  missing: readonly MissingMunicipality[];
  tables: ReferenceTables;
  ownDepartments: boolean;
  boundary: string;
}): Partial<Record<GeoLayerId, Note>> {
  const units = input.municipalities.length;
  const official = input.municipalities.every((p) => p.area_official);
  const missing = input.missing.length;
  const verified = input.tables.zonas.filter((row) => row.verified).length;
  const candidates = input.tables.zonas.length - verified;
  return {
    municipalities: {
      es: `Límites oficiales (${input.boundary}): ${count(units, 'es')} municipios y áreas no municipalizadas, cada uno con su propio polígono${missing ? `; ${missing} unidades de la DIVIPOLA no tienen polígono en este archivo (ver "missing")` : ''}. Área: ${official ? 'la oficial del DANE (MPIO_NAREA)' : 'calculada del polígono (el archivo no trae el área oficial)'}. Polígonos simplificados sin separar fronteras compartidas; el área de cada uno difiere menos de 1 % de la del polígono original.`,
      en: `Official boundaries (${input.boundary}): ${count(units, 'en')} municipalities and non-municipalised areas, each with its own polygon${missing ? `; ${missing} DIVIPOLA units have no polygon in this file (see "missing")` : ''}. Area: ${official ? "DANE's official figure (MPIO_NAREA)" : 'computed from the polygon (the file carries no official area)'}. Polygons simplified keeping shared borders; each one's area is within 1% of the source polygon's.`,
    },
    'zonas-futuro': {
      es: `APROXIMADO: extensión municipal de zonas que se delimitan oficialmente por veredas y parques; ${verified} municipios confirmados y ${candidates} candidatos sin verificar (verified_codes, candidate_codes).`,
      en: `APPROXIMATE: municipal extent of zones officially drawn by veredas and parks; ${verified} confirmed municipalities and ${candidates} unverified candidates (verified_codes, candidate_codes).`,
    },
    departments: input.ownDepartments
      ? {
          es: 'Polígonos departamentales del propio MGN (MGN_DPTO_POLITICO).',
          en: "The MGN's own department polygons (MGN_DPTO_POLITICO).",
        }
      : {
          es: 'El archivo no trae departamentos: municipios disueltos por los dos primeros dígitos DIVIPOLA.',
          en: 'The file has no department layer: municipalities dissolved by the first two DIVIPOLA digits.',
        },
  };
}
