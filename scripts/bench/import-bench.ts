/**
 * Import benchmark: a Spanish-locale CSV (`;`, Windows-1252, decimal commas, thousands dots,
 * d/m/yyyy dates) of `rows` intervention records near the municipality label anchors, generated
 * deterministically in a temp folder, then inspected, imported (parsed and validated, streamed
 * from the file in chunks), converted to engine columns and assigned to the municipalities (the
 * zone index is built once beforehand, as the page keeps it). Alone:
 * `npx tsx scripts/bench/import-bench.ts [--rows 1000000] [--json]` also prints peak memory.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCollection, Geometry } from 'geojson';
import { assignZones } from '../../src/geo/assign-zones';
import { buildZoneIndex } from '../../src/geo/build-zone-index';
import { seededRandom } from '../../src/geo/seeded-random';
import { importFile } from '../../src/import/import-file';
import { inspectFile } from '../../src/import/inspect-file';
import { toInterventionColumns } from '../../src/import/to-intervention-columns';
import { fileByteSource, referenceGazetteer } from '../import/node-sources';

export interface ImportBenchResult {
  import_format: 'csv';
  import_rows: number;
  import_ms: number;
  rows_per_second: number;
  /** Not in the JSON line: details for the readable output. */
  details: {
    bytes: number;
    accepted: number;
    insideMunicipalities: number;
    indexMs: number;
    /** Before the import: node, the municipalities, their zone index and the gazetteer. */
    baselineRssMb: number;
    peakRssMb: number;
  };
}

const TYPES = [
  'RD-VIA;Vías terciarias',
  'SR-ERF;Erradicación manual forzosa',
  'RD-PNIS;Sustitución voluntaria (PNIS)',
  'EP-RES;Restauración de áreas afectadas',
];
const STATUSES = ['Terminada', 'En ejecución', 'Planeada', 'Suspendida'];
const AGENCIES = ['Policía (DIRAN)', 'ART', 'INVÍAS', 'Parques Nacionales Naturales', 'Ejército'];

const comma = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
const thousands = (value: number) =>
  `${Math.floor(value).toLocaleString('de-DE')},${String(Math.round((value % 1) * 100)).padStart(2, '0')}`;

/**
 * Writes the CSV in Windows-1252, 10,000 lines at a time (so the generator's own strings are not
 * garbage collected during the timed import), and returns its path and size.
 */
export function writeSpanishCsv(
  root: string,
  directory: string,
  rows: number,
  seed = 8,
): { path: string; bytes: number } {
  const labels = JSON.parse(
    readFileSync(join(root, 'public', 'geo', 'labels.geojson'), 'utf8'),
  ) as FeatureCollection<Geometry>;
  const anchors = labels.features
    .filter((feature) => feature.properties?.layer === 'municipalities' && feature.geometry.type === 'Point')
    .map((feature) => (feature.geometry as { coordinates: number[] }).coordinates);
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const path = join(directory, `intervenciones-${rows}.csv`);
  const file = openSync(path, 'w');
  let lines = ['ID;Título;Tipo;Agencia;Estado;Fecha inicio;Presupuesto;Beneficiarios;Latitud;Longitud'];
  for (let index = 0; index < rows; index++) {
    const [lon, lat] = pick(anchors);
    const [code, label] = pick(TYPES).split(';');
    const start = `${1 + Math.floor(random() * 28)}/${1 + Math.floor(random() * 12)}/${2018 + Math.floor(random() * 7)}`;
    lines.push(
      [
        `IMP-${index}`,
        `${label} ${index}`,
        code,
        pick(AGENCIES),
        pick(STATUSES),
        start,
        thousands(random() * 5e9),
        String(Math.floor(random() * 900)),
        comma(lat + (random() - 0.5) * 0.01, 5),
        comma(lon + (random() - 0.5) * 0.01, 5),
      ].join(';'),
    );
    if (lines.length === 10_000 || index === rows - 1) {
      writeSync(file, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
      lines = [];
    }
  }
  closeSync(file);
  return { path, bytes: statSync(path).size };
}

export async function benchImport(root: string, rows: number): Promise<ImportBenchResult> {
  const directory = mkdtempSync(join(tmpdir(), 'atlas-import-bench-'));
  try {
    const { path, bytes } = writeSpanishCsv(root, directory, rows);
    const municipalities = JSON.parse(
      readFileSync(join(root, 'public', 'geo', 'municipalities.geojson'), 'utf8'),
    );
    const gazetteer = await referenceGazetteer(root);
    const indexStart = performance.now();
    const index = buildZoneIndex(municipalities);
    const indexMs = performance.now() - indexStart;
    const source = await fileByteSource(path);
    const baselineRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const start = performance.now();
    const inspected = await inspectFile(source);
    if (!inspected.ok) throw new Error(inspected.refusal.message);
    const { mapping, settings } = inspected.inspection;
    const outcome = await importFile(source, { mapping, settings, gazetteer });
    if (!outcome.ok || outcome.result.kind !== 'points')
      throw new Error(outcome.ok ? 'not points' : outcome.refusal.message);
    const columns = toInterventionColumns(outcome.result.points);
    const zones = assignZones(index, columns.lon, columns.lat);
    const importMs = performance.now() - start;
    await source.close();
    const insideMunicipalities = zones.reduce((count, zone) => count + (zone >= 0 ? 1 : 0), 0);
    return {
      import_format: 'csv',
      import_rows: rows,
      import_ms: Math.round(importMs),
      rows_per_second: Math.round(rows / (importMs / 1000)),
      details: {
        bytes,
        accepted: outcome.result.accepted,
        insideMunicipalities,
        indexMs,
        baselineRssMb,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      },
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The readable line of `npm run bench`. */
export function describeImportBench(result: ImportBenchResult): string {
  const { details } = result;
  return (
    `\nImport: ${result.import_rows.toLocaleString('en')}-row Spanish-locale CSV (${(details.bytes / 1e6).toFixed(1)} MB, ` +
    `Windows-1252, ";", decimal commas, d/m/yyyy) inspected, parsed, validated and assigned to municipalities:\n` +
    `  ${result.import_ms} ms, ${result.rows_per_second.toLocaleString('en')} rows/s${result.import_rows === 100_000 ? ' (target < 3000 ms)' : ''}; ` +
    `${details.accepted.toLocaleString('en')} accepted, ${details.insideMunicipalities.toLocaleString('en')} inside a municipality; ` +
    `index built beforehand in ${details.indexMs.toFixed(0)} ms; RSS ${details.baselineRssMb} MB before, peak ${details.peakRssMb} MB`
  );
}

if (process.argv[1]?.endsWith('import-bench.ts')) {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } },
  });
  const result = await benchImport(join(import.meta.dirname, '..', '..'), Number(values.rows));
  const { details, ...line } = result;
  console.log(
    values.json
      ? JSON.stringify({ ...line, baseline_rss_mb: details.baselineRssMb, peak_rss_mb: details.peakRssMb })
      : describeImportBench(result),
  );
}
