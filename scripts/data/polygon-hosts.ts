/**
 * Census municipalities with coca and no polygon of their own that the geography manifest's
 * `missing` list (PDET municipalities only) does not cover: most were created, or are
 * non-municipalised areas, after the boundary source's date. Each borrows an older polygon so its
 * synthetic cells and sample points can be placed; its official hectares keep its own DIVIPOLA.
 *
 * UNVERIFIED: the host is the municipality it was segregated from or the neighbouring area that
 * most plausibly contains it, chosen for display only. Replace with checked containment (e.g. from
 * DANE's MGN) when available. Not PDET members (all 170 PDET municipalities are covered upstream).
 */
import type { MissingEntry } from './municipality-shapes.ts';

const HOSTS: readonly [string, string, string, string, string][] = [
  // divipola, name, department, host divipola, host name
  ['13268', 'El Peñón', 'Bolívar', '13667', 'San Martín de Loba'],
  ['13490', 'Norosí', 'Bolívar', '13600', 'Río Viejo'],
  ['13655', 'San Jacinto del Cauca', 'Bolívar', '13006', 'Achí'],
  ['13810', 'Tiquisio', 'Bolívar', '13549', 'Pinillos'],
  ['17495', 'Norcasia', 'Caldas', '17662', 'Samaná'],
  ['19533', 'Piamonte', 'Cauca', '19701', 'Santa Rosa'],
  ['19785', 'Sucre', 'Cauca', '19100', 'Bolívar'],
  ['23350', 'La Apartada', 'Córdoba', '23466', 'Montelíbano'],
  ['27050', 'Atrato', 'Chocó', '27001', 'Quibdó'],
  ['27430', 'Medio Baudó', 'Chocó', '27025', 'Alto Baudó'],
  ['27580', 'Río Iró', 'Chocó', '27205', 'Condoto'],
  ['27600', 'Río Quito', 'Chocó', '27001', 'Quibdó'],
  ['27810', 'Unión Panamericana', 'Chocó', '27361', 'Istmina'],
  ['52254', 'El Peñol', 'Nariño', '52260', 'El Tambo'],
  ['91430', 'La Victoria', 'Amazonas', '91407', 'La Pedrera'],
  ['91530', 'Puerto Alegría', 'Amazonas', '91263', 'El Encanto'],
  ['91536', 'Puerto Arica', 'Amazonas', '91263', 'El Encanto'],
  ['94663', 'Mapiripana', 'Guainía', '94343', 'Barrancominas'],
  ['94888', 'Morichal', 'Guainía', '94887', 'Pana Pana'],
];

/** Host polygons for census municipalities not in the geography manifest's `missing` list. */
export const POLYGON_HOSTS: readonly MissingEntry[] = HOSTS.map(
  ([divipola, name, department, host, hostName]) => ({
    divipola,
    name,
    department,
    pdet_subregion: null,
    contained_in: { divipola: host, name: hostName },
  }),
);
