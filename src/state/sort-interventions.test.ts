import { describe, expect, it } from 'vitest';
import { makeIntervention } from '../../test/fixtures/make-intervention';
import { keyMeasure, sortInterventions } from './sort-interventions';

const features = Object.freeze([
  makeIntervention(-75, 5, {
    id: 'b',
    title: 'Ñame',
    budget_cop: 300,
    status: 'suspended',
    end_date: null,
    divipola: '00002',
  }),
  makeIntervention(-75, 6, {
    id: 'a',
    title: 'árbol',
    budget_cop: 100,
    status: 'planned',
    end_date: '2021-01-01',
    divipola: '00001',
    hectares: 5,
  }),
  makeIntervention(-75, 7, {
    id: 'c',
    title: 'Zanja',
    budget_cop: 200,
    status: 'in_progress',
    end_date: '2020-06-01',
    divipola: '00003',
    type: 'RD-VIA',
    km: 50,
  }),
  makeIntervention(-75, 8, {
    id: 'd',
    title: 'Banco',
    budget_cop: 200,
    status: 'completed',
    end_date: null,
    divipola: '00001',
    hectares: 1,
  }),
]);
const ids = (order: Uint32Array) => [...order].map((i) => features[i].properties.id);
const all = new Uint32Array([0, 1, 2, 3]);

describe('sortInterventions', () => {
  it('keeps the input order without a sort, as a copy', () => {
    const result = sortInterventions(features, all, null);
    expect(ids(result)).toEqual(['b', 'a', 'c', 'd']);
    expect(result).not.toBe(all);
  });

  it('sorts numbers both ways, ties in input order', () => {
    expect(ids(sortInterventions(features, all, { column: 'budget', direction: 'asc' }))).toEqual([
      'a',
      'c',
      'd',
      'b',
    ]);
    expect(ids(sortInterventions(features, all, { column: 'budget', direction: 'desc' }))).toEqual([
      'b',
      'c',
      'd',
      'a',
    ]);
  });

  it('sorts text accent- and case-insensitively (Spanish collation)', () => {
    expect(ids(sortInterventions(features, all, { column: 'title', direction: 'asc' }))).toEqual([
      'a',
      'd',
      'b',
      'c',
    ]);
  });

  it('puts missing values last in both directions', () => {
    expect(ids(sortInterventions(features, all, { column: 'end', direction: 'asc' }))).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(ids(sortInterventions(features, all, { column: 'end', direction: 'desc' }))).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    // Measures group by unit (hectares before km), the record without one last.
    expect(ids(sortInterventions(features, all, { column: 'measure', direction: 'asc' }))).toEqual([
      'd',
      'a',
      'c',
      'b',
    ]);
  });

  it('sorts status in lifecycle order and municipalities by name', () => {
    expect(ids(sortInterventions(features, all, { column: 'status', direction: 'asc' }))).toEqual([
      'a',
      'c',
      'd',
      'b',
    ]);
    const names: Record<string, string> = { '00001': 'Zipaquirá', '00002': 'Ábrego', '00003': 'Mocoa' };
    const byName = sortInterventions(
      features,
      all,
      { column: 'municipality', direction: 'asc' },
      { municipalityName: (code) => names[code] },
    );
    expect(ids(byName)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts a subset and never changes its input', () => {
    const subset = new Uint32Array([3, 0]);
    expect(ids(sortInterventions(features, subset, { column: 'id', direction: 'asc' }))).toEqual(['b', 'd']);
    expect([...subset]).toEqual([3, 0]);
  });

  it('sorts 100,000 rows by title (correctness; speed is for benchmarks, not tests)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      Object.freeze({
        ...features[i % 4],
        properties: { ...features[i % 4].properties, title: `Intervención ${(i * 7919) % 100_000}` },
      }),
    );
    const indices = Uint32Array.from({ length: many.length }, (_, i) => i);
    const sorted = sortInterventions(many, indices, { column: 'title', direction: 'desc' });
    expect(many[sorted[0]].properties.title).toBe('Intervención 99999');
    expect(many[sorted[sorted.length - 1]].properties.title).toBe('Intervención 0');
  });
});

describe('keyMeasure', () => {
  it('prefers hectares, then km, and is null without a measure', () => {
    expect(keyMeasure({ ...features[1].properties, families: 3 })).toEqual({ unit: 'hectares', value: 5 });
    expect(keyMeasure(features[2].properties)).toEqual({ unit: 'km', value: 50 });
    expect(keyMeasure(features[0].properties)).toBeNull();
  });
});
