/** Worker thread of validators.ts: loads Ajv at once, then writes the validators of one model. */
import { validatorFiles } from './validators.js';
import { serveOneJob } from './thread.js';

serveOneJob(validatorFiles);
