// Cold start, ours: import the precompiled validators and validate once.
import { readFileSync } from 'node:fs';

const body = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const t0 = performance.now();
const { validateCreateOrderRequest } = await import('@hwc-workspace/validators');
const ok = validateCreateOrderRequest(body).ok;
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, ok }));
