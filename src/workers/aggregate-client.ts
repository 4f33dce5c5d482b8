/**
 * A small promise-based client for the aggregation worker: each call gets a request id and a
 * promise that settles when the response with that id arrives. Keeps internal state (pending
 * requests). The worker is behind `AggregateWorkerLike` so tests can pass an in-memory fake.
 */
import type {
  AggregateMethod,
  AggregateParams,
  AggregateResponse,
  AggregateResult,
} from './aggregate-handlers';

/** The part of a Worker the client uses. */
export interface AggregateWorkerLike {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AggregateResponse>) => void): void;
  terminate?(): void;
}

export interface AggregateClient {
  /** Calls a worker method; `transfer` lists buffers to move instead of copy (e.g. point arrays). */
  call<M extends AggregateMethod>(
    method: M,
    params: AggregateParams<M>,
    options?: { transfer?: Transferable[] },
  ): Promise<AggregateResult<M>>;
  /** Rejects pending calls and terminates the worker. */
  dispose(): void;
}

/**
 * Wraps a worker (or fake) in a promise-based client.
 *
 * @example
 * const client = createAggregateClient(startAggregateWorker());
 * await client.call('buildIndex', { layer: 'municipalities', collection });
 * const zones = await client.call('assign', { layer: 'municipalities', lon, lat });
 */
export function createAggregateClient(worker: AggregateWorkerLike): AggregateClient {
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', (event) => {
    const response = event.data;
    const request = pending.get(response.id);
    if (!request) return;
    pending.delete(response.id);
    if ('error' in response) request.reject(new Error(response.error));
    else request.resolve(response.result as never);
  });
  return {
    call(method, params, options = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, method, params }, { transfer: options.transfer ?? [] });
      });
    },
    dispose() {
      for (const request of pending.values()) request.reject(new Error('aggregate client disposed'));
      pending.clear();
      worker.terminate?.();
    },
  };
}

/** Starts the aggregation worker as an ES module worker (Vite bundles it). */
export function startAggregateWorker(): Worker {
  return new Worker(new URL('./aggregate.worker.ts', import.meta.url), { type: 'module' });
}
