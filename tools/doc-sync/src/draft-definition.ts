/**
 * Drafts from a definition of an operation the spec lacks: a path file and a schema file in the
 * spec's layout with the definition's exact types, formats, bounds, enums, defaults, patterns and
 * required lists. Descriptions are Huawei's Chinese text and are never copied: every node the
 * definition describes gets `x-draft-todo: describe` instead. `x-is_inner_param` fields and, in
 * schemas only requests reach, `readOnly` fields are left out. Written by writeDrafts (draft.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { type DefOperation, type DefSchema } from './definition.js';
import { type Draft, type DraftContext, kebab, SHARED_ERRORS } from './draft.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const DESCRIBE = 'describe';

/** Extra context for definition drafts: component parameters and the tag other operations of a method use. */
export interface DefinitionDraftContext extends DraftContext {
  /** Taken schema names, shared by every draft of one run (names must be unique in the bundle). */
  readonly taken: Set<string>;
  /** The tag the spec's operations of each method carry (`GET` → `Jobs`), when they agree. */
  readonly tagByMethod: ReadonlyMap<string, string>;
}

/** The definition names a schema reaches, through refs, items, properties and allOf. */
function reach(schema: DefSchema | undefined, defs: Readonly<Record<string, DefSchema>>, out: Set<string>): void {
  if (!schema) return;
  if (schema.ref !== undefined) {
    if (out.has(schema.ref) || !defs[schema.ref]) return;
    out.add(schema.ref);
    reach(defs[schema.ref], defs, out);
    return;
  }
  for (const p of Object.values(schema.properties ?? {})) reach(p, defs, out);
  reach(schema.items, defs, out);
  if (isObj(schema.additionalProperties)) reach(schema.additionalProperties as DefSchema, defs, out);
  for (const m of schema.allOf ?? []) reach(m, defs, out);
}

/** One DefSchema as OpenAPI 3.1 (refs to `#/<draft name>` in the same schema file). */
export function toOpenApi(s: DefSchema, names: ReadonlyMap<string, string>, requestOnly: boolean, refBase = '#/'): Json {
  if (s.ref !== undefined)
    return { $ref: `${refBase}${names.get(s.ref) ?? s.ref}`, ...(s.described ? { 'x-draft-todo': DESCRIBE } : {}) };
  const out: Json = {};
  if (s.type !== undefined) out.type = s.type;
  else if (s.properties) out.type = 'object';
  if (s.format !== undefined) out.format = s.format;
  if (s.described) out['x-draft-todo'] = DESCRIBE;
  if (s.enum) out.enum = s.enum;
  if (s.hasDefault) out.default = s.default;
  if (s.pattern !== undefined) out.pattern = s.pattern;
  const b = s.bounds;
  for (const k of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const)
    if (typeof b[k] === 'number') out[k] = b[k];
  // Swagger 2.0's boolean exclusive bounds become 3.1's numeric ones.
  for (const [k, ex] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (typeof b[k] !== 'number') continue;
    if (b[ex] === true) out[ex] = b[k];
    else out[k] = b[k];
  }
  if (s.readOnly) out.readOnly = true;
  if (s.items) out.items = toOpenApi(s.items, names, requestOnly, refBase);
  if (s.additionalProperties !== undefined)
    out.additionalProperties =
      typeof s.additionalProperties === 'boolean'
        ? s.additionalProperties
        : toOpenApi(s.additionalProperties, names, requestOnly, refBase);
  const members = (s.allOf ?? []).filter((m) => m.ref !== undefined || m.type !== undefined || m.properties || m.required);
  if (members.length) out.allOf = members.map((m) => toOpenApi(m, names, requestOnly, refBase));
  if (s.properties) {
    const kept = Object.entries(s.properties).filter(([, p]) => !(requestOnly && p.readOnly));
    const required = (s.required ?? []).filter((r) => !s.properties || kept.some(([n]) => n === r) || !(r in s.properties));
    if (required.length) out.required = required;
    out.properties = Object.fromEntries(kept.map(([n, p]) => [n, toOpenApi(p, names, requestOnly, refBase)]));
  } else if (s.required?.length) out.required = s.required;
  return out;
}

/** The facts of a shared parameter's schema the draft may reuse it for: the same type, bounds, pattern and enum. */
function sameParameter(spec: Json, s: DefSchema): boolean {
  const schema = isObj(spec.schema) ? spec.schema : {};
  const norm = (k: string, v: unknown) => ((k === 'minLength' || k === 'minItems') && v === 0 ? undefined : v);
  for (const k of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum'] as const)
    if (norm(k, schema[k]) !== norm(k, s.bounds[k])) return false;
  return schema.type === s.type && schema.pattern === s.pattern && JSON.stringify(schema.enum) === JSON.stringify(s.enum);
}

const readYaml = (file: string): Json => (existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Json) : {});

export function draftDefinition(op: DefOperation, ctx: DefinitionDraftContext): Draft {
  const todo: string[] = ["summary and description: write them in your own words (the definition's are not ours to copy)"];
  // The operationId names files: an identifier only (the definition's, else its API name, else one from method and path).
  const ident = [op.operationId, op.name].find((n) => /^[A-Za-z][A-Za-z0-9_]*$/.test(n));
  const operationId =
    ident ??
    [
      'operation',
      ...`${op.method} ${op.path}`
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    ].join('-');
  if (!ident)
    todo.push(`operationId ${operationId} comes from the method and path: the definition names no identifier; rename it`);
  if (ctx.operationIds.has(operationId)) todo.push(`operationId ${operationId} is already used in the spec: rename one`);
  const fileBase = kebab(operationId);
  const schemaFile = `schemas/${fileBase}.yaml`;
  const defs = op.definitions;
  const sharedResponses = readYaml(join(ctx.specDir, 'responses.yaml'));
  const sharedParameters = readYaml(join(ctx.specDir, 'parameters.yaml'));

  // Which definitions the draft needs: the body's, and those of the responses it writes itself.
  const errorShared = (status: string) =>
    Number(status) >= 400 && SHARED_ERRORS[Number(status)] !== undefined && SHARED_ERRORS[Number(status)]! in sharedResponses;
  const isError = (status: string) => Number(status) >= 400 || status === 'default';
  const fromRequest = new Set<string>();
  reach(op.body?.schema, defs, fromRequest);
  const fromResponses = new Set<string>();
  for (const r of op.responses) if (!isError(r.status)) reach(r.schema, defs, fromResponses);
  const names = new Map<string, string>();
  for (const n of [...new Set([...fromRequest, ...fromResponses])].sort()) {
    // A component name the lint accepts (letters, digits, . - _), not one the spec or another draft has.
    const safe = n.replace(/[^A-Za-z0-9._-]/g, '_');
    let name = ctx.taken.has(safe) ? `${operationId.replace(/-/g, '_')}${safe}` : safe;
    for (let i = 2; ctx.taken.has(name); i++) name = `${safe}_${i}`;
    ctx.taken.add(name);
    names.set(n, name);
  }
  const schemas: Record<string, Json> = {};
  for (const [n, name] of names) schemas[name] = toOpenApi(defs[n]!, names, fromRequest.has(n) && !fromResponses.has(n));
  const described = Object.values(schemas).some((s) => JSON.stringify(s).includes('"x-draft-todo"'));
  if (names.size > 0 && described)
    todo.push(`${schemaFile}: describe each node marked x-draft-todo: describe in your own words, then delete the mark`);
  const ref = (s: DefSchema, requestOnly: boolean): Json => toOpenApi(s, names, requestOnly, `../${schemaFile}#/`);

  // Parameters: the spec's shared component when it says the same, else inline with the definition's facts.
  const parameters: Json[] = [];
  for (const p of op.parameters) {
    const lower = p.name.toLowerCase();
    if (p.in === 'header' && lower === 'content-type') continue; // OpenAPI ignores it; the client sets it
    const shared = Object.entries(sharedParameters).find(([, c]) => isObj(c) && c.name === p.name && c.in === p.in);
    if (shared && (p.in === 'header' && lower === 'x-auth-token' ? true : sameParameter(shared[1] as Json, p.schema))) {
      parameters.push({ $ref: `../parameters.yaml#/${shared[0]}` });
      continue;
    }
    const schema = ref(p.schema, true);
    delete schema['x-draft-todo'];
    parameters.push({
      name: p.name,
      in: p.in,
      required: p.required,
      ...(p.described ? { 'x-draft-todo': DESCRIBE } : {}),
      schema,
    });
  }
  for (const m of op.path.match(/\{([^}]+)\}/g) ?? []) {
    const n = m.slice(1, -1);
    if (parameters.some((p) => p.in === 'path' && p.name === n) || op.parameters.some((p) => p.in === 'path' && p.name === n))
      continue;
    parameters.push({
      name: n,
      in: 'path',
      required: true,
      schema: { type: 'string' },
      'x-draft-todo': 'the definition has no parameter for this path variable',
    });
    todo.push(`path parameter ${n} is not in the definition`);
  }

  const requestBody = op.body
    ? { required: op.body.required, content: { 'application/json': { schema: ref(op.body.schema, true) } } }
    : undefined;

  // Responses: shared ones for the errors the spec has, the definition's schema for the rest.
  const responses: Json = {};
  const header = { 'X-Request-Id': { $ref: '../parameters.yaml#/XRequestId' } };
  for (const r of op.responses) {
    if (errorShared(r.status)) {
      responses[r.status] = { $ref: `../responses.yaml#/${SHARED_ERRORS[Number(r.status)]}` };
      continue;
    }
    const response: Json = { description: `Status ${r.status}.`, 'x-draft-todo': DESCRIBE, headers: header };
    if (isError(r.status)) {
      response.content = { 'application/json': { schema: { $ref: '../schemas/common.yaml#/ErrorResponse' } } };
      response['x-draft-todo'] = `no shared response for ${r.status} in responses.yaml: describe it, or add one there`;
      todo.push(`status ${r.status} has no shared response`);
    } else if (r.schema) response.content = { 'application/json': { schema: ref(r.schema, false) } };
    responses[r.status] = response;
  }
  if (!op.responses.some((r) => /^4\d\d$/.test(r.status))) {
    responses['400'] = { $ref: '../responses.yaml#/BadRequest' };
    todo.push('the definition lists no 4xx status: 400 is assumed (the lint requires one)');
  }
  if (op.responses.some((r) => !isError(r.status) && r.examples.length > 0) || op.requestExamples.length > 0) {
    todo.push(
      'examples: the definition has some; write your own (its text is not ours to copy), and check them against the schemas',
    );
  }

  const tag = ctx.tagByMethod.get(op.method);
  if (!tag) todo.push('tags: no operation of the spec with this method has one: add a tag');
  const operation: Json = {
    operationId,
    ...(tag ? { tags: [tag] } : {}),
    summary: `${operationId} (draft)`,
    description: `Draft from Huawei's API definition ${op.name}: describe the operation in your own words.`,
    'x-source': 'api-definition',
    'x-draft-todo': todo,
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
  const files = new Map<string, string>();
  const banner = `# DRAFT by doc-sync from Huawei's API definition ${op.name}. Review every x-draft-todo, then delete them.\n`;
  files.set(
    `paths/${fileBase}.yaml`,
    banner + stringify({ [op.method.toLowerCase()]: operation }, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  if (names.size > 0) files.set(schemaFile, banner + stringify(schemas, { lineWidth: 0, aliasDuplicateObjects: false }));
  return { operationId, method: op.method, path: op.path, files, todo, errorTables: [] };
}

/** The tag each method's operations carry in the spec, when all of them carry the same one. */
export function tagsByMethod(document: Json): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const item of Object.values(isObj(document.paths) ? document.paths : {})) {
    if (!isObj(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObj(op) || !Array.isArray(op.tags)) continue;
      const m = method.toUpperCase();
      for (const t of op.tags) seen.set(m, new Set([...(seen.get(m) ?? []), String(t)]));
    }
  }
  const out = new Map<string, string>();
  for (const [m, tags] of seen) if (tags.size === 1) out.set(m, [...tags][0]!);
  return out;
}

/** One definition schema as OpenAPI 3.1, its refs named as in the definition (for suggestions). */
export function openApiSchema(schema: DefSchema, requestOnly: boolean): Json {
  return toOpenApi(schema, new Map(), requestOnly);
}
