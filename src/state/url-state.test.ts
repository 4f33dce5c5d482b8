import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, encodeUrlState, type UrlState } from './url-state';

describe('url state codec', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      ...defaultUrlState(),
      view: { center: [-78.7642, 1.7986], zoom: 8.25, bearing: 12.5 },
      selection: { layer: 'pdet-subregions', id: 'Sierra Nevada-Perijá-Zona Bananera' },
      lang: 'en',
    };
    state.visible['pdet-municipalities'] = true;
    state.visible.departments = false;
    state.opacity['pdet-subregions'] = 0.3;
    state.filters = {
      pillars: ['SR', 'RD'],
      types: ['SR-ERF'],
      statuses: [],
      agencies: ['Policía (DIRAN)', 'Parques Nacionales Naturales'],
      dateFrom: '2020-01-01',
      dateTo: null,
    };
    state.settings = {
      cocaYear: 2021,
      changeFrom: 2015,
      changeTo: 2024,
      rankingLayer: 'zonas-futuro',
      beforeAfterType: 'SR-ERF',
      rankingMetric: 'coca_change',
    };
    const decoded = decodeUrlState(`#${encodeUrlState(state)}`);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.hasView).toBe(true);
    expect(decoded.state).toEqual(state);
  });

  it('returns defaults for an empty hash', () => {
    expect(decodeUrlState('')).toEqual({ state: defaultUrlState(), ignored: [], hasView: false });
  });

  it('falls back per parameter on malformed input, keeping what is valid', () => {
    const { state, ignored } = decodeUrlState(
      '#v=abc/1/2&l=pdet-subregions,<script>&o=zonas-futuro:40,departments:900&s=nowhere:1&lang=fr',
    );
    expect(ignored).toEqual(['v', 'l', 'o:departments:900', 's', 'lang']);
    const defaults = defaultUrlState();
    expect(state.view).toEqual(defaults.view);
    expect(state.visible).toEqual(defaults.visible);
    expect(state.opacity['zonas-futuro']).toBe(0.4);
    expect(state.selection).toBeNull();
    expect(state.lang).toBe('es');
  });

  it('rejects out-of-range views and broken escapes without throwing', () => {
    expect(decodeUrlState('#v=30/0/0').ignored).toEqual(['v']);
    expect(decodeUrlState('#v=5/95/0').ignored).toEqual(['v']);
    expect(decodeUrlState('#s=municipalities:%E0%A4%A').ignored).toEqual(['s']);
    expect(decodeUrlState('#v=5/4/-74/370').state.view.bearing).toBe(10);
  });

  it('ignores malformed filters one by one', () => {
    const { state, ignored } = decodeUrlState(
      '#p=SR,XX&t=RD-TIE&st=done&d=2024-01-01/2020-01-01&y=1990&cy=2020-2010&rl=x&ba=Y',
    );
    expect(ignored).toEqual(['p', 'st', 'd', 'y', 'cy', 'rl', 'ba']);
    expect(state.filters.types).toEqual(['RD-TIE']);
    expect(state.filters.pillars).toBeNull();
    expect(state.settings).toEqual(defaultUrlState().settings);
  });

  it('keeps the ranking metric (rm) only when it is not the default, and ignores unknown ones', () => {
    const state = defaultUrlState();
    expect(encodeUrlState(state)).not.toContain('rm=');
    state.settings.rankingMetric = 'seized_kg';
    expect(encodeUrlState(state)).toContain('rm=seized_kg');
    expect(decodeUrlState(`#${encodeUrlState(state)}`).state.settings.rankingMetric).toBe('seized_kg');
    const bad = decodeUrlState('#rm=name');
    expect(bad.ignored).toEqual(['rm']);
    expect(bad.state.settings.rankingMetric).toBe('count');
  });

  it('accepts an empty layer list (everything off)', () => {
    const { state } = decodeUrlState('#l=');
    expect(Object.values(state.visible).every((v) => !v)).toBe(true);
  });
});
