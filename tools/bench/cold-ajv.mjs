// Cold start, peer: create Ajv, compile the spec's schemas at start-up, validate once.
import { readFileSync } from 'node:fs';

const body = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const root = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const t0 = performance.now();
const { Ajv2020 } = await import('ajv/dist/2020.js');
const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false });
ajv
  .addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) })
  .addFormat('email', /@/)
  .addFormat('date-time', /T/);
ajv.addSchema(root);
for (const name of [
  'AddDesktopSubResourcesRequest',
  'CreateOrderRequest',
  'CreateDesktopOrderRequest',
  'CreateDesktopPoolChangeOrderRequest',
])
  ajv.getSchema(`spec#/$defs/${name}`);
const ok = ajv.getSchema('spec#/$defs/CreateOrderRequest')(body);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, ok }));
