/**
 * Reads the project's committed reference tables (`data/reference/*.csv`) into typed rows.
 * With the boundary file (`data/sources/`), they are the geography build's only inputs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './parse-csv.ts';

export interface PdetRow {
  divipola: string;
  name: string;
  department: string;
  subregion: string;
}
export interface ZonaRow {
  divipola: string;
  name: string;
  zona: string;
  verified: boolean;
  note: string;
}
export interface ReferenceTables {
  /** DIVIPOLA code → current DANE name. */
  municipalityNames: Map<string, string>;
  /** 2-digit department code → name. */
  departmentNames: Map<string, string>;
  pdet: PdetRow[];
  zonas: ZonaRow[];
  pilots: string[];
  /** File name → first 12 hex digits of its SHA-256, for the manifest's provenance. */
  hashes: Record<string, string>;
}

const FILES = [
  'departments.csv',
  'divipola.csv',
  'pdet_municipalities.csv',
  'zonas_futuro.csv',
  'pilots.csv',
] as const;

/** Reads every reference table from `directory` (normally `data/reference`). */
export function readReferenceTables(directory: string): ReferenceTables {
  const texts = Object.fromEntries(FILES.map((file) => [file, readFileSync(join(directory, file), 'utf8')]));
  const rows = (file: (typeof FILES)[number]) => parseCsv(texts[file], file);
  const hashes = Object.fromEntries(
    FILES.map((file) => [
      `data/reference/${file}`,
      `sha256:${createHash('sha256').update(texts[file]).digest('hex').slice(0, 12)}`,
    ]),
  );
  return {
    municipalityNames: new Map(rows('divipola.csv').map((row) => [row.divipola, row.name])),
    departmentNames: new Map(rows('departments.csv').map((row) => [row.code, row.name])),
    pdet: rows('pdet_municipalities.csv').map((row) => ({
      divipola: row.divipola,
      name: row.municipality,
      department: row.department,
      subregion: row.pdet_subregion,
    })),
    zonas: rows('zonas_futuro.csv').map((row) => ({
      divipola: row.divipola,
      name: row.municipality,
      zona: row.zona_futuro,
      verified: row.verified === 'true',
      note: row.coverage_note,
    })),
    pilots: rows('pilots.csv').map((row) => row.divipola),
    hashes,
  };
}
