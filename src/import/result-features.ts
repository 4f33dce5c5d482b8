/**
 * The accepted records of an import as GeoJSON in lon/lat (the CLI's `--records`, and a way for
 * the UI to export or inspect a dataset): points with their fields in the sample data's names
 * (`start_date`, `budget_cop`…, unclassified categories as null), areas as imported, and a table
 * as one feature per matched municipality (at its interior point) with a property per year.
 *
 * @example
 * resultFeatures(result).features[0].properties // { id: 'A-1', pillar: 'RD', type: 'RD-VIA', … }
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { INTERVENTION_TYPES, PILLARS, STATUSES, UNCLASSIFIED } from '../geo/taxonomy';
import { MEASURE_FIELDS } from './column-mapping';
import type { Gazetteer } from './gazetteer';
import type { ImportResult } from './import-file';
import { type ImportedPoints, NO_DAY } from './imported-points';
import { isoDate } from './parse-date';
import { textAt } from './text-column';
import type { ImportedTable } from './validate-table';

const PROPERTY_NAMES: Record<(typeof MEASURE_FIELDS)[number], string> = {
  budget: 'budget_cop',
  beneficiaries: 'beneficiaries',
  hectares: 'hectares',
  km: 'km',
  families: 'families',
  seizedKg: 'seized_kg',
  labs: 'labs',
  arrests: 'arrests',
};

export function resultFeatures(
  result: ImportResult,
  gazetteer?: Gazetteer,
): FeatureCollection<Geometry | null> {
  if (result.kind === 'areas') return result.areas.collection;
  if (result.kind === 'points') return { type: 'FeatureCollection', features: pointFeatures(result.points) };
  return { type: 'FeatureCollection', features: tableFeatures(result.table, gazetteer) };
}

function pointFeatures(points: ImportedPoints): Feature[] {
  const code = (codes: readonly string[], value: number) => (value === UNCLASSIFIED ? null : codes[value]);
  const day = (value: number) => (value === NO_DAY ? null : isoDate(value));
  const features: Feature[] = [];
  for (let index = 0; index < points.count; index++) {
    const properties: Record<string, string | number | boolean | null> = {
      id: textAt(points.id, index),
      title: textAt(points.title, index),
      pillar: code(PILLARS, points.pillar[index]),
      type: code(INTERVENTION_TYPES, points.type[index]),
      status: code(STATUSES, points.status[index]),
      agency: textAt(points.agency, index),
      start_date: day(points.startDay[index]),
      end_date: day(points.endDay[index]),
    };
    for (const field of MEASURE_FIELDS) {
      const value = points.measures[field][index];
      if (!Number.isNaN(value)) properties[PROPERTY_NAMES[field]] = value;
    }
    properties.divipola =
      points.divipola[index] === 0 ? null : String(points.divipola[index]).padStart(5, '0');
    properties.located_by_municipality = points.locatedByMunicipality[index] === 1;
    properties.row = points.rowNumber[index];
    for (const extra of points.extra) properties[extra.name] = textAt(extra.values, index);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [points.lon[index], points.lat[index]] },
      properties,
    });
  }
  return features;
}

function tableFeatures(table: ImportedTable, gazetteer: Gazetteer | undefined): Feature[] {
  return table.keys.map((key, keyIndex) => {
    const entry = gazetteer?.byCode(key);
    const properties: Record<string, string | number | null> = { divipola: key, name: entry?.name ?? null };
    table.years.forEach((year, yearIndex) => {
      table.measures.forEach((measure, measureIndex) => {
        const value =
          table.values[(keyIndex * table.years.length + yearIndex) * table.measures.length + measureIndex];
        const name =
          table.layout === 'wide' && table.measures.length === 1
            ? String(year)
            : year === null
              ? measure
              : `${measure} ${year}`;
        if (!Number.isNaN(value)) properties[name] = value;
      });
    });
    const point = entry?.point;
    return {
      type: 'Feature',
      geometry: point ? { type: 'Point', coordinates: [point[0], point[1]] } : null,
      properties,
    } as Feature;
  });
}
