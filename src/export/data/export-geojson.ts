/**
 * GeoJSON export of the filtered interventions: a FeatureCollection whose top-level `metadata`
 * member (a foreign member, RFC 7946 §6.1) carries the same provenance as the CSV header: title,
 * export date, sources and licences, filters (as data and in words), and the sample notice.
 */

import type { AnalysisSettings, FilterState } from '../../analysis/filters';
import type { InterventionFeature } from '../../geo/intervention-feature';
import { translate } from '../../i18n/translate';
import {
  describeFilters,
  type ExportContext,
  type ExportSource,
  exportSources,
  sampleNotice,
} from './export-metadata';

export interface InterventionsGeoJson {
  type: 'FeatureCollection';
  metadata: {
    title: string;
    exported_at: string;
    sample: true;
    notice: string;
    sources: ExportSource[];
    zone: string | null;
    filters: FilterState;
    settings: AnalysisSettings;
    filters_text: string[];
    count: number;
  };
  features: InterventionFeature[];
}

/**
 * @example
 * const collection = interventionsGeoJson(features, result.indices, context);
 * collection.metadata.sample; // true
 */
export function interventionsGeoJson(
  features: readonly InterventionFeature[],
  indices: ArrayLike<number>,
  context: ExportContext,
): InterventionsGeoJson {
  const selected: InterventionFeature[] = new Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const feature = features[indices[i]];
    const [lon, lat] = feature.geometry.coordinates;
    selected[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { ...feature.properties },
    };
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      title: translate(context.lang, 'export.titleInterventions'),
      exported_at: context.exportedAt,
      sample: true,
      notice: sampleNotice(context.lang),
      sources: exportSources(context.layers, context.lang),
      zone: context.zone,
      filters: context.filters,
      settings: context.settings,
      filters_text: describeFilters(context),
      count: selected.length,
    },
    features: selected,
  };
}
