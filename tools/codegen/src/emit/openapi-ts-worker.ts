/** Worker thread of openapi-ts.ts: loads openapi-typescript at once, then renders one document. */
import { parentPort } from 'node:worker_threads';
import { loadOpenapiTS, renderHere } from './openapi-ts.js';

loadOpenapiTS();
parentPort?.on('message', (document: unknown) => {
  renderHere(document).then(
    (text) => parentPort?.postMessage({ text }),
    (error: unknown) => parentPort?.postMessage({ error: String((error as Error)?.message ?? error) }),
  );
});
