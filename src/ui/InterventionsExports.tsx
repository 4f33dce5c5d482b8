/**
 * The export buttons above the interventions table: the rows shown (in table order) as CSV or
 * GeoJSON, and the zone figures of the ranking layer as CSV. Files carry their provenance (see
 * `exportHeaderLines`); the date is read here, at the edge, and passed to the pure exporters.
 */
import { interventionsCsv, zonesCsv } from '../export/data/export-csv';
import { interventionsGeoJson } from '../export/data/export-geojson';
import type { ExportContext } from '../export/data/export-metadata';
import { dataFileName } from '../export/file-name';
import { useAtlasStore } from '../state/store';
import { zoneLabel } from '../state/zone-label';
import { downloadBlob } from './download';
import { useT } from './use-t';

const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json;charset=utf-8';
const save = (text: string, fileName: string, type: string) =>
  downloadBlob(new Blob([text], { type }), fileName);

export function InterventionsExports({ rows }: { rows: Uint32Array }) {
  const { t, n, lang } = useT();
  const features = useAtlasStore((s) => s.analysisData?.data.interventions);
  const result = useAtlasStore((s) => s.analysisResult);
  const catalog = useAtlasStore((s) => s.catalog);
  const manifest = useAtlasStore((s) => s.manifest);

  /** The export's provenance and the zone name for the file name (null before the first result). */
  const exportContext = (): { context: ExportContext; scope: string } | null => {
    if (!result) return null;
    const zone = zoneLabel({
      selection: result.query.selection,
      customArea: result.query.customArea,
      catalog,
      lang,
    });
    const context: ExportContext = {
      lang,
      exportedAt: new Date().toISOString(),
      layers: manifest?.layers ?? [],
      filters: result.query.filters,
      settings: result.query.settings,
      zone: zone ? `${zone.name} (${zone.kind})` : null,
    };
    return { context, scope: zone?.name ?? 'colombia' };
  };

  const exportRows = (format: 'csv' | 'geojson') => {
    const prepared = exportContext();
    if (!prepared || !features) return;
    const { context, scope } = prepared;
    const name = dataFileName('interventions', scope, context.exportedAt, format);
    if (format === 'csv') {
      const lookup = (code: string) => catalog?.municipalities.get(code);
      save(interventionsCsv(features, rows, context, lookup), name, CSV);
    } else {
      const collection = interventionsGeoJson(features, rows, context);
      save(JSON.stringify(collection), name, GEOJSON);
    }
  };

  const exportZones = () => {
    const prepared = exportContext();
    if (!prepared || !result) return;
    const layer = result.query.settings.rankingLayer;
    const name = dataFileName('zones', layer, prepared.context.exportedAt, 'csv');
    save(zonesCsv(result.ranking, layer, prepared.context), name, CSV);
  };

  const count = n(rows.length);
  const layerName = t(`picker.kind.${result?.query.settings.rankingLayer ?? 'pdet-subregions'}`);
  return (
    <div className="itable-exports">
      <button
        type="button"
        disabled={!result}
        onClick={() => exportRows('csv')}
        title={t('table.exportCsvHint', { count })}
        data-testid="export-csv"
      >
        {t('table.exportCsv')}
      </button>
      <button
        type="button"
        disabled={!result}
        onClick={() => exportRows('geojson')}
        title={t('table.exportGeojsonHint', { count })}
        data-testid="export-geojson"
      >
        {t('table.exportGeojson')}
      </button>
      <button
        type="button"
        disabled={!result}
        onClick={exportZones}
        title={t('table.exportZonesHint', { layer: layerName })}
        data-testid="export-zones"
      >
        {t('table.exportZones')}
      </button>
    </div>
  );
}
