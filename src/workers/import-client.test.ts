import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceGazetteer } from '../../test/fixtures/import-fixtures';
import { type CallOptions, createImportClient } from './import-client';
import { fakeImportWorker } from './testing/fake-import-worker';

const fixture = (name: string) => new File([readFileSync(`test/fixtures/import/${name}`)], name);
const entries = () => referenceGazetteer().entries;

/** A large CSV (several 4 MB chunks) for progress and cancel. */
function bigCsv(rows: number): File {
  const lines = ['id;tipo;latitud;longitud'];
  for (let index = 0; index < rows; index++) lines.push(`R-${index};RD-VIA;7,58;-75,35`);
  return new File([lines.join('\n')], 'grande.csv');
}

describe('import worker client', () => {
  it('inspects a File in the worker and answers with the inspection', async () => {
    const client = createImportClient(fakeImportWorker());
    const outcome = await client.inspect(fixture('spanish-excel.csv'));
    expect(
      outcome.ok && [outcome.inspection.file, outcome.inspection.delimiter, outcome.inspection.kind],
    ).toEqual(['spanish-excel.csv', ';', 'points']);
  });

  it('imports with the inspection’s mapping and receives the columns as transferred typed arrays', async () => {
    const worker = fakeImportWorker();
    const client = createImportClient(worker);
    const file = fixture('spanish-excel.csv');
    const inspected = await client.inspect(file);
    if (!inspected.ok) throw new Error(inspected.refusal.message);
    const { mapping, settings } = inspected.inspection;
    const outcome = await client.import(file, { datasetId: 'd-1', mapping, settings, gazetteer: entries() });
    expect(outcome.ok && outcome.result.kind === 'points' && outcome.result.points.lon).toBeInstanceOf(
      Float64Array,
    );
    expect(outcome.ok && [outcome.result.datasetId, outcome.result.accepted]).toEqual(['d-1', 4]);
  });

  it('reports progress up to the whole file', async () => {
    const client = createImportClient(fakeImportWorker());
    const file = bigCsv(400_000);
    const inspected = await client.inspect(file);
    if (!inspected.ok) throw new Error(inspected.refusal.message);
    const progress: number[] = [];
    const { mapping, settings } = inspected.inspection;
    const options: CallOptions = { onProgress: (fraction) => progress.push(fraction) };
    await client.import(file, { mapping, settings, gazetteer: [] }, options);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('cancels a running import, which resolves as cancelled', async () => {
    const client = createImportClient(fakeImportWorker());
    const file = bigCsv(400_000);
    const inspected = await client.inspect(file);
    if (!inspected.ok) throw new Error(inspected.refusal.message);
    const controller = new AbortController();
    const { mapping, settings } = inspected.inspection;
    const outcome = await client.import(
      file,
      { mapping, settings, gazetteer: [] },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'cancelled', file: 'grande.csv' } });
  });

  it('answers a refused file with its refusal, not an error', async () => {
    const client = createImportClient(fakeImportWorker());
    expect(await client.inspect(fixture('zip-bomb.zip'))).toMatchObject({
      ok: false,
      refusal: { code: 'zipBomb' },
    });
  });

  it('rejects pending calls on dispose', async () => {
    const client = createImportClient(fakeImportWorker());
    const pending = client.inspect(fixture('odk.csv'));
    client.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
  });
});
