import { describe, expect, it } from 'vitest';
import { createGazetteer, type MunicipalityEntry, parseDivipola } from './gazetteer';

const entries: MunicipalityEntry[] = [
  { code: '05120', name: 'Cáceres', department: 'Antioquia', point: [-75.35, 7.58] },
  { code: '05400', name: 'La Unión', department: 'Antioquia', point: [-75.36, 5.97] },
  { code: '52399', name: 'La Unión', department: 'Nariño', point: [-77.13, 1.6] },
  {
    code: '52835',
    name: 'San Andrés de Tumaco',
    department: 'Nariño',
    point: [-78.6, 1.6],
    aliases: ['Tumaco'],
  },
  { code: '11001', name: 'Bogotá, D.C.', department: 'Bogotá D.C.', point: null },
];
const gazetteer = createGazetteer(entries);

describe('parseDivipola', () => {
  it('reads the ways files write a municipality code', () => {
    expect(parseDivipola('5120')).toBe('05120');
    expect(parseDivipola('05120')).toBe('05120');
    expect(parseDivipola('CO05120')).toBe('05120');
    expect(parseDivipola('CO5120')).toBe('05120');
    expect(parseDivipola(5120)).toBe('05120');
    expect(parseDivipola('5120.0')).toBe('05120');
    expect(parseDivipola('05120000')).toBe('05120');
  });

  it('refuses what is not a code', () => {
    expect(parseDivipola('Total')).toBeNull();
    expect(parseDivipola('051200')).toBeNull();
    expect(parseDivipola('')).toBeNull();
  });
});

describe('createGazetteer', () => {
  it('matches names with accents and case ignored', () => {
    expect(gazetteer.byName('CACERES')).toEqual({ entry: entries[0] });
    expect(gazetteer.byName('tumaco', 'NARIÑO')).toEqual({ entry: entries[3] });
  });

  it('reports a name shared by several municipalities as ambiguous unless the department decides', () => {
    expect(gazetteer.byName('La Unión')).toEqual({ ambiguous: [entries[1], entries[2]] });
    expect(gazetteer.byName('la union', 'Narino')).toEqual({ entry: entries[2] });
    expect(gazetteer.byName('La Unión', '05')).toEqual({ entry: entries[1] });
  });

  it('says when a name is not found, in its department or at all', () => {
    expect(gazetteer.byName('Macondo')).toEqual({ notFound: true });
    expect(gazetteer.byName('Cáceres', 'Nariño')).toEqual({ notFound: true });
  });
});
