/**
 * The facts of one of Huawei's API Explorer definitions: what doc-sync compares with the spec
 * (operation name, method, path, parameters, statuses, and every schema's names, types, formats,
 * bounds, patterns, enums, defaults, required flags, `$ref`s and the validation extensions that
 * carry bounds), without Huawei's text: no descriptions, summaries or examples. The result is
 * still a definition doc-sync reads, so the committed facts run through the same comparison.
 */
import { BOUNDS } from '@hwc-workspace/doc-sync';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys of a schema or parameter that are facts; `properties` and `items` hold nested schemas. */
const SCHEMA_KEYS = new Set([
  '$ref',
  'type',
  'format',
  'required',
  'enum',
  'default',
  'pattern',
  'readOnly',
  ...BOUNDS,
  'x-is_inner_param',
  'x-annotations',
  'x-minLength',
  'x-maxLength',
  'x-type',
]);
const NESTED = new Set(['items', 'additionalProperties', 'schema']);

function schemaFacts(node: unknown): unknown {
  if (!isObj(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (SCHEMA_KEYS.has(k)) out[k] = v;
    else if (k === 'properties' && isObj(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([name, p]) => [name, schemaFacts(p)]));
    else if (k === 'allOf' && Array.isArray(v)) out[k] = v.map(schemaFacts);
    else if (NESTED.has(k)) out[k] = schemaFacts(v);
  }
  return out;
}

function parameterFacts(p: unknown): unknown {
  if (!isObj(p)) return p;
  const out = schemaFacts(p) as Json;
  for (const k of ['name', 'in']) if (k in p) out[k] = p[k];
  return out;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** The facts of a definition (Huawei's JSON object, parsed), in the same shape. */
export function definitionFacts(definition: Json): Json {
  const paths: Json = {};
  for (const [path, item] of Object.entries(isObj(definition.paths) ? definition.paths : {})) {
    if (!isObj(item)) continue;
    const ops: Json = {};
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const responses = Object.fromEntries(
        Object.entries(isObj(op.responses) ? op.responses : {}).map(([status, r]) => [
          status,
          isObj(r) && 'schema' in r ? { schema: schemaFacts(r.schema) } : {},
        ]),
      );
      ops[method] = {
        operationId: op.operationId,
        parameters: Array.isArray(op.parameters) ? op.parameters.map(parameterFacts) : [],
        responses,
      };
    }
    paths[path] = ops;
  }
  const parameters = Object.fromEntries(
    Object.entries(isObj(definition.parameters) ? definition.parameters : {}).map(([k, p]) => [k, parameterFacts(p)]),
  );
  const definitions = Object.fromEntries(
    Object.entries(isObj(definition.definitions) ? definition.definitions : {}).map(([k, s]) => [k, schemaFacts(s)]),
  );
  return { name: definition.name, method: definition.method, paths, parameters, definitions };
}
