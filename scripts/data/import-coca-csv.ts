/**
 * One-off import of the coca census CSV into the project's reference table
 * (`tsx scripts/data/import-coca-csv.ts SOURCE.csv`): same columns and values, LF line endings,
 * sorted by DIVIPOLA then year. Source line in data/reference/SOURCES-coca.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatCocaCsv, parseCocaCsv } from './coca-table.ts';
import { COCA_REFERENCE_CSV } from './read-data-inputs.ts';

const source = process.argv[2];
if (!source) throw new Error('usage: tsx scripts/data/import-coca-csv.ts SOURCE.csv');
writeFileSync(COCA_REFERENCE_CSV, formatCocaCsv(parseCocaCsv(readFileSync(source, 'utf8'))));
console.log(`wrote ${COCA_REFERENCE_CSV}`);
