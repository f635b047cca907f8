/** Worker thread of openapi-ts.ts: loads openapi-typescript at once, then renders one document. */

import { serveOneJob } from '../thread.js';
import { loadOpenapiTS, renderHere } from './openapi-ts.js';

loadOpenapiTS();
serveOneJob(renderHere);
