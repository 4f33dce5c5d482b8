/**
 * The page's side of the import worker: `inspect` and `import` post the user's `File` (cheap: the
 * worker reads it in byte ranges) and resolve with the outcome; progress arrives through
 * `onProgress`; an `AbortSignal` cancels a running import (it resolves with the `cancelled`
 * refusal). Nothing heavy runs on the main thread. The worker sits behind `ImportWorkerLike` so
 * tests can pass an in-memory one.
 *
 * @example
 * const client = createImportClient(startImportWorker());
 * const inspected = await client.inspect(file);
 * if (inspected.ok) {
 *   const { mapping, settings } = inspected.inspection;
 *   const outcome = await client.import(file, { mapping, settings, gazetteer: entries }, { onProgress, signal });
 * }
 */
import type { ImportOutcome } from '../import/import-file';
import type { InspectOutcome } from '../import/inspect-file';
import type { OpenOptions } from '../import/open-source';
import type { ImportJob, ImportWorkerRequest, ImportWorkerResponse } from './import-handlers';

/** The part of a Worker the client uses. */
export interface ImportWorkerLike {
  postMessage(message: ImportWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerResponse>) => void): void;
  terminate?(): void;
}

export interface CallOptions {
  /** Fraction of the file read, 0…1 (imports). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface ImportClient {
  inspect(file: Blob, open?: OpenOptions): Promise<InspectOutcome>;
  import(file: Blob, job: ImportJob, options?: CallOptions): Promise<ImportOutcome>;
  /** Rejects pending calls and terminates the worker. */
  dispose(): void;
}

interface Pending {
  resolve: (outcome: never) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
}

export function createImportClient(worker: ImportWorkerLike): ImportClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  worker.addEventListener('message', (event) => {
    const response = event.data;
    const call = pending.get(response.id);
    if (!call) return;
    if ('progress' in response) return call.onProgress?.(response.progress);
    pending.delete(response.id);
    if ('error' in response) call.reject(new Error(response.error));
    else call.resolve(response.outcome as never);
  });
  const send = <T>(request: (id: number) => ImportWorkerRequest, options: CallOptions = {}) => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress: options.onProgress });
      options.signal?.addEventListener('abort', () => worker.postMessage({ id, method: 'cancel' }), {
        once: true,
      });
      worker.postMessage(request(id));
    });
  };
  const nameOf = (file: Blob) => (file as File).name ?? 'file';
  return {
    inspect: (file, open) => send((id) => ({ id, method: 'inspect', file, name: nameOf(file), open })),
    import: (file, job, options) =>
      send((id) => ({ id, method: 'import', file, name: nameOf(file), job }), options),
    dispose() {
      for (const call of pending.values()) call.reject(new Error('import client disposed'));
      pending.clear();
      worker.terminate?.();
    },
  };
}

/** Starts the import worker as an ES module worker (Vite bundles it). */
export function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
