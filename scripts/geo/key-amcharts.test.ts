import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyAmcharts } from './key-amcharts.ts';
import { AMCHARTS_FILE } from './read-boundaries.ts';
import { readReferenceTables } from './read-reference.ts';

const tables = readReferenceTables('data/reference');
const source = JSON.parse(readFileSync(AMCHARTS_FILE, 'utf8'));
const keyed = keyAmcharts(source.features, tables);
const codes = keyed.features.map((feature) => feature.properties.divipola);

describe('keyAmcharts', () => {
  it('keys every source feature but the dropped cay, merging two Vichada pieces into Cumaribo', () => {
    expect(source.features).toHaveLength(1065);
    expect(keyed.features).toHaveLength(1064);
    expect(codes.filter((code) => code === '99773')).toHaveLength(3);
    expect(new Set(codes).size).toBe(1062);
  });

  it('resolves the four "La Unión de Sucre" labels to four different La Unión', () => {
    for (const code of ['05400', '52399', '70400', '76400']) expect(codes).toContain(code);
  });

  it('files the "Cicuco" polygon as Magangué and leaves Cicuco without a polygon', () => {
    expect(codes).toContain('13430');
    expect(codes).not.toContain('13188');
  });

  it('throws when a feature matches no DIVIPOLA code', () => {
    const stray = { ...source.features[0], properties: { name: 'Atlantis', DISTRICT: 'Vichada' } };
    expect(() => keyAmcharts([stray], tables)).toThrow(/Vichada \/ Atlantis: 0 DIVIPOLA matches/);
  });
});
