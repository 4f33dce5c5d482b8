/**
 * The map style for an app state: what the on-screen map shows, and (with `inlinePointData`)
 * the self-contained style that exports render off-screen.
 */
import { cocaCellsCollection, cocaForYear, filteredCollection } from '../state/analysis-selectors';
import { selectRankingChoropleth } from '../state/ranking-choropleth';
import type { AtlasState } from '../state/store';
import { buildStyle } from './build-style';

const choropleth = { table: null as unknown, year: 0, value: {} as Record<string, number> };

/** Official coca per municipality for the chosen year, memoised on (table, year). */
function cocaByMunicipality(state: AtlasState): Record<string, number> {
  const table = state.analysisData?.data.cocaTable ?? null;
  if (!table) return {};
  if (choropleth.table !== table || choropleth.year !== state.settings.cocaYear) {
    choropleth.table = table;
    choropleth.year = state.settings.cocaYear;
    choropleth.value = cocaForYear(table, state.settings.cocaYear);
  }
  return choropleth.value;
}

/** The filtered interventions and the coca cells of a state, as the map's point sources. */
export function pointDataFor(
  state: AtlasState,
): Partial<Record<'interventions' | 'coca-estimates', GeoJSON.FeatureCollection>> {
  const data = state.analysisData;
  if (!data) return {};
  return {
    'coca-estimates': cocaCellsCollection(data.data.cocaCells),
    ...(state.analysisResult
      ? { interventions: filteredCollection(data.data.interventions, state.analysisResult.indices) }
      : {}),
  };
}

export function styleFor(state: AtlasState, options: { inlinePointData?: boolean } = {}) {
  return buildStyle({
    geoBaseUrl: new URL('geo/', document.baseURI).href,
    visible: state.visible,
    opacity: state.opacity,
    onlineBasemap: state.onlineBasemap,
    selection: state.selection,
    pdetSubregions: state.catalog ? [...state.catalog.pdetSubregions.keys()] : [],
    attribution: Object.fromEntries(
      (state.manifest?.layers ?? []).map((layer) => [layer.id, layer.attribution]),
    ),
    cocaByMunicipality: cocaByMunicipality(state),
    cocaYear: state.settings.cocaYear,
    selectedIntervention: state.selectedIntervention,
    customArea: state.customArea?.collection ?? null,
    rankingChoropleth: selectRankingChoropleth(state),
    pointData: options.inlinePointData ? pointDataFor(state) : undefined,
  });
}
