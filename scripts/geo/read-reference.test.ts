import { describe, expect, it } from 'vitest';
import { readReferenceTables } from './read-reference.ts';

const tables = readReferenceTables('data/reference');

/** Official PDET subregion sizes (Decreto 893 de 2017, ART list). */
const OFFICIAL_COUNTS: Record<string, number> = {
  'Alto Patía y Norte del Cauca': 24,
  Arauca: 4,
  'Bajo Cauca y Nordeste Antioqueño': 13,
  Catatumbo: 8,
  Chocó: 14,
  'Cuenca del Caguán y Piedemonte Caqueteño': 17,
  'Macarena-Guaviare': 12,
  'Montes de María': 15,
  'Pacífico Medio': 4,
  'Pacífico y Frontera Nariñense': 11,
  Putumayo: 9,
  'Sierra Nevada-Perijá-Zona Bananera': 15,
  'Sur de Bolívar': 7,
  'Sur de Córdoba': 5,
  'Sur del Tolima': 4,
  'Urabá Antioqueño': 8,
};

const countBy = <T>(rows: T[], key: (row: T) => string) => {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
};

describe('reference tables', () => {
  it('hold 170 distinct PDET municipalities in 16 subregions with the official counts', () => {
    expect(new Set(tables.pdet.map((row) => row.divipola)).size).toBe(170);
    expect(countBy(tables.pdet, (row) => row.subregion)).toEqual(OFFICIAL_COUNTS);
  });

  it('hold 5 Zonas Futuro; Catatumbo has 8 verified members and no candidates', () => {
    const zonas = new Set(tables.zonas.map((row) => row.zona));
    expect(zonas.size).toBe(5);
    const catatumbo = tables.zonas.filter((row) => row.zona === 'Catatumbo');
    expect(catatumbo.filter((row) => row.verified)).toHaveLength(8);
    expect(catatumbo.filter((row) => !row.verified)).toHaveLength(0);
  });

  it('mark verified exactly the rows whose note is [VERIFIED]', () => {
    for (const row of tables.zonas) expect(row.verified).toBe(row.note.startsWith('[VERIFIED]'));
  });

  it('hold the three pilots', () => {
    expect(tables.pilots).toEqual(['52835', '05120', '54720']);
  });

  it('give every PDET municipality the same name as the DIVIPOLA table', () => {
    for (const row of tables.pdet) expect(tables.municipalityNames.get(row.divipola)).toBe(row.name);
    expect(tables.municipalityNames.size).toBe(1122);
  });
});
