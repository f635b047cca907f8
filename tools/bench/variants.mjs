// Validator candidates built in the bench process, on the generator's own schemas:
// Ajv standalone with the options that move the trade-off, and @exodus/schemasafe.
// Each is written as an ES module into a scratch directory, imported, and bundled for its size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAjv, FORMATS, schemaId } from '@hwc-workspace/codegen';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { bundle } from './lib.mjs';

const standaloneCode = standaloneCodeModule.default ?? standaloneCodeModule;
const require = createRequire(import.meta.url);
// The package's own run-time helpers and formats (built), so candidates carry the same support code.
const validatorsDist = resolve(require.resolve('@hwc-workspace/validators'), '..');
const RUNTIME = {
  'ajv/dist/runtime/ucs2length': [join(validatorsDist, 'runtime.js'), 'ucs2length'],
  'ajv/dist/runtime/equal': [join(validatorsDist, 'runtime.js'), 'equal'],
  './formats.js': [join(validatorsDist, 'generated/formats.js'), 'formats'],
};

/** Ajv's standalone ESM still calls require(); hoist each into an import, as the emitter does. */
function toEsm(code) {
  const imports = new Map();
  const body = code.replace(/require\("([^"]+)"\)(?:\.default|\.formats)?/g, (_m, spec) => {
    const target = RUNTIME[spec];
    if (!target) throw new Error(`unexpected runtime import ${spec}`);
    imports.set(target[1], target[0]);
    return target[1];
  });
  return `${[...imports].map(([name, from]) => `import { ${name} } from '${from}';`).join('\n')}\n${body.replace(/^"use strict";/, '')}`;
}

/** Request-body operations: name, Ajv id and component name of each. */
export function requestOperations(model) {
  return model.operations
    .filter((o) => o.requestSchemaRef)
    .map((o) => ({ operationId: o.operationId, ref: o.requestSchemaRef, id: schemaId(o.requestSchemaRef) }));
}

/** Ajv standalone module (source) exporting one validator per request operation, named by operationId. */
export function ajvStandaloneSource(model, overrides, only) {
  const ajv = createAjv(model, true, overrides);
  const ops = requestOperations(model).filter((o) => !only || o.operationId === only);
  return toEsm(standaloneCode(ajv, Object.fromEntries(ops.map((o) => [o.operationId, o.id]))));
}

/**
 * schemasafe module (source) for the same schemas. `reference` is the root schema as a 2020-12
 * tool sees it (discriminator kept: schemasafe reads it; int32 stripped), with the generator's email and
 * date-time formats (schemasafe's own email is laxer). Throws with schemasafe's
 * own words when it refuses a keyword.
 */
export async function schemasafeSource(model, reference, options, only) {
  const { validator } = await import('@exodus/schemasafe');
  const ops = requestOperations(model).filter((o) => !only || o.operationId === only);
  const parts = [];
  for (const o of ops) {
    const fn = validator(
      { $schema: 'https://json-schema.org/draft/2020-12/schema', $ref: `spec#/$defs/${o.ref}` },
      { schemas: { spec: reference }, formats: { email: FORMATS.email, 'date-time': FORMATS['date-time'] }, ...options },
    );
    parts.push(`export const ${o.operationId} = ${fn.toModule()};`);
  }
  return parts.join('\n');
}

/**
 * Writes a candidate's module (`source(only)`: every request operation, or only the one named),
 * imports it, and measures its CreateOrder validator in a module of its own, bundled alone.
 */
export async function loadCandidate(dir, name, source) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, await source());
  const alone = join(dir, `${name}.create-order.mjs`);
  writeFileSync(alone, await source('CreateOrder'));
  const mod = await import(pathToFileURL(file).href);
  const size = await bundle({ entryPoints: [alone] });
  return { file, mod, size };
}
