import { describe, expect, it } from 'vitest';
import { dataFileName, exportFileName } from './file-name';

describe('exportFileName', () => {
  it('builds atlas_<zone>_<layers>_<yyyymmdd>.<ext>', () => {
    expect(
      exportFileName({
        zone: 'Tumaco',
        layers: ['interventions', 'coca'],
        date: '2026-11-28T04:00:00Z',
        format: 'png',
      }),
    ).toBe('atlas_tumaco_interventions-coca_20261128.png');
  });

  it('slugifies accents, spaces and symbols to ASCII', () => {
    expect(
      exportFileName({
        zone: 'Catatumbo – Norte de Santander',
        layers: ['Pilar: Vías'],
        date: '2026-01-02',
        format: 'jpeg',
      }),
    ).toBe('atlas_catatumbo-norte-de-santander_pilar-vias_20260102.jpg');
  });

  it('falls back when zone or layers are empty and limits the length', () => {
    expect(exportFileName({ zone: '', layers: [], date: '2026-01-02', format: 'pdf' })).toBe(
      'atlas_mapa_capas_20260102.pdf',
    );
    const long = exportFileName({
      zone: 'x',
      layers: Array.from({ length: 30 }, (_, i) => `layer${i}`),
      date: '2026-01-02',
      format: 'png',
    });
    expect(long.length).toBeLessThan(90);
    expect(long).toMatch(/^atlas_x_[a-z0-9-]+[a-z0-9]_20260102\.png$/);
  });
});

describe('dataFileName', () => {
  it('builds an ASCII name with the zone and the date', () => {
    expect(dataFileName('interventions', 'Catatumbo', '2026-11-28T05:00:00Z', 'csv')).toBe(
      'atlas_interventions_catatumbo_20261128.csv',
    );
    expect(dataFileName('interventions', 'San Andrés de Tumaco', '2026-01-02', 'geojson')).toBe(
      'atlas_interventions_san-andres-de-tumaco_20260102.geojson',
    );
    expect(dataFileName('zones', '', '2026-01-02', 'csv')).toBe('atlas_zones_colombia_20260102.csv');
    expect(() => dataFileName('zones', 'x', 'yesterday', 'csv')).toThrow();
  });
});
