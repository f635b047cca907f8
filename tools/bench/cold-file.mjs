// Cold start of a bench-built candidate module: import it and validate one CreateOrder body.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const body = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const t0 = performance.now();
const { CreateOrder } = await import(pathToFileURL(process.argv[2]).href);
const ok = Boolean(CreateOrder(body));
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, ok }));
