/**
 * The official coca census per municipality (UNODC-SIMCI, published by the Observatorio de Drogas
 * de Colombia on datos.gov.co, dataset `acs4-3wgp`): parse the project's reference CSV and build the
 * compact table shipped as `public/geo/coca-municipal.json`. Figures pass through unchanged (as
 * published, up to two decimals); the only derived numbers are the yearly sums of the rows.
 */
import type { CocaMunicipalTable } from '../../src/io/schemas.ts';

/** One row of the reference CSV: hectares of coca detected on 31 December of `year`. */
export interface CocaRow {
  divipola: string;
  municipality: string;
  department: string;
  year: number;
  hectares: number;
}

export const COCA_SOURCE =
  'UNODC-SIMCI, Censo de cultivos de coca, as published by the Observatorio de Drogas de Colombia ' +
  '(MinJusticia) on datos.gov.co, dataset acs4-3wgp';

/** Years whose figure the Government of Colombia contests (2024, published late 2025). */
export const CONTESTED_YEARS = [2024];

/** Headline national totals quoted with the census (hectares, rounded to whole hectares). */
export const PUBLISHED_NATIONAL_TOTALS: Record<string, number> = {
  '2021': 204_257,
  '2022': 230_028,
  '2023': 252_572,
  '2024': 261_386,
};

/**
 * Parses the reference CSV (`divipola,municipality,department,year,hectares`; LF or CRLF; quoted
 * fields are not used by this table and are rejected).
 *
 * @example
 * parseCocaCsv('divipola,municipality,department,year,hectares\n05031,AMALFI,ANTIOQUIA,2001,36.61\n');
 * // [{ divipola: '05031', municipality: 'AMALFI', department: 'ANTIOQUIA', year: 2001, hectares: 36.61 }]
 */
export function parseCocaCsv(text: string): CocaRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines[0] !== 'divipola,municipality,department,year,hectares') {
    throw new Error(`unexpected coca CSV header: ${lines[0]}`);
  }
  return lines.slice(1).map((line, index) => {
    const fields = line.split(',');
    if (fields.length !== 5 || line.includes('"')) throw new Error(`bad coca CSV line ${index + 2}: ${line}`);
    const [divipola, municipality, department, year, hectares] = fields;
    if (!/^\d{5}$/.test(divipola)) throw new Error(`bad DIVIPOLA on line ${index + 2}: ${divipola}`);
    const value = Number(hectares);
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`bad hectares on line ${index + 2}: ${hectares}`);
    return { divipola, municipality, department, year: Number(year), hectares: value };
  });
}

/** Serialises rows back to the reference CSV form (LF, sorted by DIVIPOLA then year). */
export function formatCocaCsv(rows: readonly CocaRow[]): string {
  const sorted = [...rows].sort((a, b) => a.divipola.localeCompare(b.divipola) || a.year - b.year);
  const lines = sorted.map((row) =>
    [row.divipola, row.municipality, row.department, row.year, row.hectares].join(','),
  );
  return `divipola,municipality,department,year,hectares\n${lines.join('\n')}\n`;
}

/** Sums hectares per year exactly (in hundredths of a hectare) and returns hectares. */
export function sumByYear(rows: readonly CocaRow[]): Map<number, number> {
  const hundredths = new Map<number, number>();
  for (const row of rows) {
    hundredths.set(row.year, (hundredths.get(row.year) ?? 0) + Math.round(row.hectares * 100));
  }
  return new Map([...hundredths].map(([year, value]) => [year, value / 100]));
}

/**
 * Builds the compact official table: one array of yearly values per municipality.
 *
 * @example
 * const table = buildCocaTable(parseCocaCsv(csv));
 * table.rows['52835'][table.years.indexOf(2024)]; // 31300.41 (Tumaco, as published)
 */
export function buildCocaTable(rows: readonly CocaRow[]): CocaMunicipalTable {
  const firstYear = Math.min(...rows.map((row) => row.year));
  const lastYear = Math.max(...rows.map((row) => row.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  const table: Record<string, (number | null)[]> = {};
  for (const row of rows) {
    table[row.divipola] ??= years.map(() => null);
    const index = row.year - firstYear;
    if (table[row.divipola][index] !== null) throw new Error(`duplicate row ${row.divipola} ${row.year}`);
    table[row.divipola][index] = row.hectares;
  }
  const totals = sumByYear(rows);
  return {
    contested_years: CONTESTED_YEARS,
    national_totals: Object.fromEntries(years.map((year) => [String(year), totals.get(year) ?? 0])),
    official: true as const,
    published_national_totals: PUBLISHED_NATIONAL_TOTALS,
    rows: table,
    source: COCA_SOURCE,
    years,
  };
}
