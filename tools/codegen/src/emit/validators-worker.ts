/** Worker thread of validators.ts: loads Ajv at once, then writes the validators of one model. */

import { serveOneJob } from '../thread.js';
import { validatorFiles } from './validators.js';

serveOneJob(validatorFiles);
