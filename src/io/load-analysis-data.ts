/**
 * Loads the point data for the analysis: the intervention sample, the official municipal coca
 * table and the synthetic coca-estimate cells. Every intervention is validated against the shared
 * schema; invalid records are reported (file, feature index, id, problem) and left out, and the
 * valid ones are kept.
 */
import type { CocaMunicipalTable } from '../geo/coca-series';
import { DataFileError, type JsonFetcher } from './fetch-json';
import { type InterventionFeature, InterventionFeature as InterventionFeatureSchema } from './schemas';

export const INTERVENTIONS_FILE = 'interventions.sample.geojson';
export const COCA_TABLE_FILE = 'coca-municipal.json';
export const COCA_CELLS_FILE = 'coca-estimates.json';

export interface RecordProblem {
  file: string;
  index: number;
  id: string | null;
  message: string;
}

export interface CocaCells {
  years: number[];
  lon: number[];
  lat: number[];
  divipola: string[];
  /** hectares[cell][yearIndex] */
  hectares: number[][];
}

export interface AnalysisData {
  interventions: InterventionFeature[];
  problems: RecordProblem[];
  cocaTable: CocaMunicipalTable & { contested_years?: number[] };
  cocaCells: CocaCells;
}

/** Validates intervention features one by one, keeping the valid ones. */
export function validateInterventions(
  file: string,
  value: unknown,
): { features: InterventionFeature[]; problems: RecordProblem[] } {
  const collection = value as { type?: string; features?: unknown[] };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DataFileError(file, 'is not a GeoJSON FeatureCollection');
  }
  const features: InterventionFeature[] = [];
  const problems: RecordProblem[] = [];
  collection.features.forEach((raw, index) => {
    const parsed = InterventionFeatureSchema.safeParse(raw);
    if (parsed.success) {
      features.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const id = (raw as { properties?: { id?: unknown } })?.properties?.id;
    problems.push({
      file,
      index,
      id: typeof id === 'string' ? id : null,
      message: `${issue.path.join('.') || 'feature'}: ${issue.message}`,
    });
  });
  return { features, problems };
}

export async function loadAnalysisData(fetchJson: JsonFetcher): Promise<AnalysisData> {
  const [rawInterventions, rawTable, rawCells] = await Promise.all([
    fetchJson(INTERVENTIONS_FILE),
    fetchJson(COCA_TABLE_FILE),
    fetchJson(COCA_CELLS_FILE),
  ]);
  const { features, problems } = validateInterventions(INTERVENTIONS_FILE, rawInterventions);
  const table = rawTable as AnalysisData['cocaTable'];
  if (!Array.isArray(table?.years) || typeof table.rows !== 'object' || table.rows === null) {
    throw new DataFileError(COCA_TABLE_FILE, 'expected { years: [...], rows: { divipola: [...] } }');
  }
  const cells = rawCells as CocaCells;
  const fields = ['lon', 'lat', 'divipola', 'hectares'] as const;
  if (!Array.isArray(cells?.years) || fields.some((field) => !Array.isArray(cells[field]))) {
    throw new DataFileError(COCA_CELLS_FILE, `expected arrays ${fields.join(', ')} and years`);
  }
  const count = cells.lon.length;
  if (fields.some((field) => cells[field].length !== count)) {
    throw new DataFileError(COCA_CELLS_FILE, 'columns have different lengths');
  }
  return { interventions: features, problems, cocaTable: table, cocaCells: cells };
}
