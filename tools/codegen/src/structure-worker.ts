/** Worker thread of structure.ts: checks one spec's structure with Redocly's rules. */
import { structureFindings } from './structure.js';
import { serveOneJob } from './thread.js';

serveOneJob(structureFindings);
