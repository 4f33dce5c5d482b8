/**
 * Validates a municipal table: each row keyed by DIVIPOLA (`5120`, `05120`, `CO05120`, numbers or
 * text) or by municipality + department names, its values read per year, long (a year column)
 * or wide (one column per year). Keys the gazetteer does not know, and ambiguous names, are
 * rejected rows listed in `unmatched`. A second value for the same municipality and year is
 * reported and the first kept. Values may be negative (changes, balances).
 *
 * @example
 * const { table } = await validateTable(opened, mapping, settings, { gazetteer, log });
 * tableValue(table, '05120', 2022, 'value') // hectares of Cáceres in 2022
 */
import { type CellValue, cellText } from './cell-value';
import type { ColumnMapping, TableValueColumn } from './column-mapping';
import { type ImportSettings, numberFormatOf } from './import-settings';
import { findMunicipality } from './locate-row';
import { parseNumber } from './number-format';
import type { BatchOptions, OpenedSource } from './opened-source';
import { type ProblemParams, type RowProblemCode, rowProblem } from './problems';
import type { ValidationContext } from './validate-points';
import { stemOfYearHeader } from './year-columns';

export interface ImportedTable {
  layout: 'long' | 'wide';
  /** Matched DIVIPOLA codes, sorted. */
  keys: string[];
  /** Sorted years; `[null]` for a table without years. */
  years: (number | null)[];
  /** Value names: the long table's value columns, or `value` for a wide table's year columns. */
  measures: string[];
  /** `values[(key * years.length + year) * measures.length + measure]`; NaN when absent. */
  values: Float64Array;
  /** Key texts that matched no municipality (or several), in order of appearance. */
  unmatched: string[];
  /** Sum of each value column: wide year columns keyed by their year ("2022"), long ones by name. */
  sums: Record<string, number>;
}

/** @example tableValue(table, '52835', 2023, 'value') // => 4532.1 or NaN */
export function tableValue(table: ImportedTable, key: string, year: number | null, measure: string): number {
  const [k, y, m] = [table.keys.indexOf(key), table.years.indexOf(year), table.measures.indexOf(measure)];
  if (k < 0 || y < 0 || m < 0) return Number.NaN;
  return table.values[(k * table.years.length + y) * table.measures.length + m];
}

export async function validateTable(
  opened: OpenedSource,
  mapping: ColumnMapping,
  settings: ImportSettings,
  context: BatchOptions & Pick<ValidationContext, 'gazetteer' | 'log'>,
) {
  const column = (header: string | undefined) => (header === undefined ? -1 : opened.headers.indexOf(header));
  const valueColumns = mapping.table?.values ?? [];
  const layout = valueColumns.some((value) => value.year !== null) ? 'wide' : 'long';
  const measureOf = measureNamer(valueColumns, layout);
  const reads = valueColumns.map((value) => ({
    ...value,
    index: column(value.column),
    measure: measureOf(value),
    format: numberFormatOf(settings, value.column),
  }));
  const [keyIndex, nameIndex, departmentIndex] = [
    mapping.location.divipola,
    mapping.location.municipality,
    mapping.location.department,
  ].map(column);
  const yearIndex = column(mapping.table?.yearColumn);
  const cells = new Map<string, number>();
  const unmatched = new Set<string>();
  let rows = 0;
  let rejected = 0;
  const cell = (row: CellValue[], index: number) => (index < 0 ? null : row[index]);

  /** Stores a row's values; returns the problem that rejects it, if any. */
  const readRow = (row: CellValue[], rowNumber: number, keyText: string): Rejection | null => {
    const found = findMunicipality(
      context,
      cell(row, keyIndex),
      cell(row, nameIndex),
      cell(row, departmentIndex),
    );
    if ('none' in found) return { problem: 'missingKey', params: {} };
    if ('problem' in found) {
      unmatched.add(keyText);
      return found;
    }
    const yearValue = yearIndex < 0 ? null : parseNumber(row[yearIndex], { decimal: '.', thousands: null });
    if (yearIndex >= 0 && !isYear(yearValue))
      return { problem: 'invalidYear', params: { value: cellText(row[yearIndex]) } };
    const values = reads.map((read) => parseNumber(cell(row, read.index), read.format));
    const bad = values.findIndex((value) => value !== null && Number.isNaN(value));
    if (bad >= 0) {
      return {
        problem: 'invalidNumber',
        params: { field: reads[bad].column, value: cellText(cell(row, reads[bad].index)) },
      };
    }
    reads.forEach((read, index) => {
      const value = values[index];
      if (value === null) return;
      const year = read.year ?? yearValue;
      const key = `${found.entry.code}\u0000${year}\u0000${read.measure}`;
      if (!cells.has(key)) cells.set(key, value);
      else
        context.log.add(
          rowProblem('duplicateKey', rowNumber, keyText, { key: found.entry.code, year: year ?? '' }),
        );
    });
    return null;
  };

  for await (const batch of opened.batches(context)) {
    batch.rows.forEach((row, position) => {
      rows++;
      const rowNumber = batch.rowNumbers[position];
      const keyText = cellText(cell(row, keyIndex)) || cellText(cell(row, nameIndex));
      const rejection = readRow(row, rowNumber, keyText);
      if (rejection) {
        context.log.add(rowProblem(rejection.problem, rowNumber, keyText || null, rejection.params));
        rejected++;
      }
    });
  }
  const table = assembleTable(cells, layout, reads, [...unmatched]);
  return { table, rows, rejected };
}

type Rejection = { problem: RowProblemCode; params: ProblemParams };

function isYear(value: number | null): boolean {
  return value !== null && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** Wide columns are one measure (`value`) unless two columns claim the same year. */
function measureNamer(columns: readonly TableValueColumn[], layout: 'long' | 'wide') {
  const years = columns.map((value) => value.year);
  const unique = new Set(years).size === years.length;
  return (value: TableValueColumn) =>
    layout === 'long' ? value.column : unique ? 'value' : stemOfYearHeader(value.column);
}

function assembleTable(
  cells: Map<string, number>,
  layout: 'long' | 'wide',
  reads: readonly { measure: string; year: number | null }[],
  unmatched: string[],
): ImportedTable {
  const parsed = [...cells].map(([key, value]) => {
    const [code, year, measure] = key.split('\u0000');
    return { code, year: year === 'null' ? null : Number(year), measure, value };
  });
  const keys = [...new Set(parsed.map((entry) => entry.code))].sort();
  const years = [...new Set(parsed.map((entry) => entry.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const measures = [...new Set(reads.map((read) => read.measure))];
  const values = new Float64Array(keys.length * Math.max(1, years.length) * measures.length).fill(Number.NaN);
  const sums: Record<string, number> = {};
  const [keyIndex, yearIndex, measureIndex] = [keys, years, measures].map(
    (list) => new Map<unknown, number>(list.map((item, index) => [item, index])),
  );
  for (const entry of parsed) {
    const offset =
      ((keyIndex.get(entry.code) ?? 0) * years.length + (yearIndex.get(entry.year) ?? 0)) * measures.length;
    values[offset + (measureIndex.get(entry.measure) ?? 0)] = entry.value;
    const sumKey =
      layout === 'long'
        ? entry.measure
        : measures.length === 1
          ? String(entry.year)
          : `${entry.measure} ${entry.year}`;
    sums[sumKey] = (sums[sumKey] ?? 0) + entry.value;
  }
  return { layout, keys, years: years.length > 0 ? years : [null], measures, values, unmatched, sums };
}
