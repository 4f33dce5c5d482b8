/**
 * What the import worker does with each message: `inspect` and `import` call the already-tested
 * `inspectFile` / `importFile` on the posted `File` (read in byte ranges inside the worker),
 * `cancel` aborts a running request. Progress goes back as `{ id, progress }`; an import's typed
 * arrays are transferred, not copied. No import logic lives here.
 *
 * @example
 * const handlers = createImportHandlers((response, transfer) => self.postMessage(response, { transfer }));
 * self.addEventListener('message', (event) => void handlers.handle(event.data));
 */

import { byteSourceFromBlob } from '../import/byte-source';
import type { ColumnMapping } from '../import/column-mapping';
import type { MunicipalityEntry } from '../import/gazetteer';
import { createGazetteer } from '../import/gazetteer';
import { type ImportOutcome, importFile } from '../import/import-file';
import type { ImportSettings } from '../import/import-settings';
import { importedPointsBuffers } from '../import/imported-points';
import { type InspectOutcome, inspectFile } from '../import/inspect-file';
import type { OpenOptions } from '../import/open-source';

export interface ImportJob {
  /** The dataset's id, carried into the result. */
  datasetId?: string;
  mapping: ColumnMapping;
  settings: ImportSettings;
  /** Plain gazetteer entries (see `createGazetteer`); the worker builds the lookups. */
  gazetteer: readonly MunicipalityEntry[];
  open?: OpenOptions;
}

export type ImportWorkerRequest =
  | { id: number; method: 'inspect'; file: Blob; name: string; open?: OpenOptions }
  | { id: number; method: 'import'; file: Blob; name: string; job: ImportJob }
  | { id: number; method: 'cancel' };

export type ImportWorkerResponse =
  | { id: number; progress: number }
  | { id: number; outcome: InspectOutcome | ImportOutcome }
  | { id: number; error: string };

type PostResponse = (response: ImportWorkerResponse, transfer: Transferable[]) => void;

/** The worker's state: an abort controller per running request. */
export function createImportHandlers(post: PostResponse) {
  const running = new Map<number, AbortController>();
  const progress = (id: number) => (fraction: number) => post({ id, progress: fraction }, []);

  async function run(request: Exclude<ImportWorkerRequest, { method: 'cancel' }>): Promise<void> {
    const controller = new AbortController();
    running.set(request.id, controller);
    try {
      const source = byteSourceFromBlob(request.file, request.name);
      if (request.method === 'inspect') {
        post({ id: request.id, outcome: await inspectFile(source, request.open) }, []);
        return;
      }
      const { gazetteer, ...job } = request.job;
      const outcome = await importFile(source, {
        ...job,
        gazetteer: createGazetteer(gazetteer),
        signal: controller.signal,
        onProgress: progress(request.id),
      });
      post({ id: request.id, outcome }, outcomeBuffers(outcome));
    } catch (error) {
      post({ id: request.id, error: error instanceof Error ? error.message : String(error) }, []);
    } finally {
      running.delete(request.id);
    }
  }

  return {
    handle(request: ImportWorkerRequest): Promise<void> {
      if (request.method === 'cancel') {
        running.get(request.id)?.abort(new Error('cancelled'));
        return Promise.resolve();
      }
      return run(request);
    },
  };
}

/** The buffers an outcome can hand over without copying. */
function outcomeBuffers(outcome: ImportOutcome): Transferable[] {
  if (!outcome.ok) return [];
  if (outcome.result.kind === 'points') return importedPointsBuffers(outcome.result.points);
  if (outcome.result.kind === 'table') return [outcome.result.table.values.buffer as ArrayBuffer];
  return [];
}
