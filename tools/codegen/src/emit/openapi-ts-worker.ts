/** Worker thread of openapi-ts.ts: loads openapi-typescript at once, then renders one document. */
import { loadOpenapiTS, renderHere } from './openapi-ts.js';
import { serveOneJob } from './thread.js';

loadOpenapiTS();
serveOneJob(renderHere);
