/**
 * An in-memory aggregation worker for tests: the real handlers behind structured-cloned messages
 * (transfers honoured), answering asynchronously like a Web Worker.
 */
import type { AggregateWorkerLike } from '../aggregate-client';
import {
  type AggregateRequest,
  type AggregateResponse,
  createAggregateHandlers,
  handleAggregateRequest,
} from '../aggregate-handlers';

export function fakeAggregateWorker(): AggregateWorkerLike {
  const handlers = createAggregateHandlers();
  const listeners: ((event: MessageEvent<AggregateResponse>) => void)[] = [];
  return {
    postMessage(message, options) {
      const request = structuredClone(message, { transfer: options?.transfer }) as AggregateRequest;
      setTimeout(() => {
        const { response, transfer } = handleAggregateRequest(handlers, request);
        const data = structuredClone(response, { transfer });
        for (const listener of listeners) listener({ data } as MessageEvent<AggregateResponse>);
      }, 0);
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
}
