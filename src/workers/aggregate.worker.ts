/**
 * Web Worker entry for the aggregation engine: forwards each request to
 * `handleAggregateRequest` and posts the response. No logic of its own; see aggregate-handlers.ts
 * for the methods and aggregate-client.ts for the caller's side.
 */
import { type AggregateRequest, createAggregateHandlers, handleAggregateRequest } from './aggregate-handlers';

const handlers = createAggregateHandlers();

self.addEventListener('message', (event: MessageEvent<AggregateRequest>) => {
  const { response, transfer } = handleAggregateRequest(handlers, event.data);
  self.postMessage(response, { transfer });
});
