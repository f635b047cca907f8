// `npm run docs`: serves the rendered API reference on localhost.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDocs } from './server.mjs';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/api');
const { url } = await serveDocs(dir, Number(process.env.PORT ?? 8080));
console.log(`API reference: ${url} (Ctrl+C to stop)`);
