/** Emitter for @hwc-workspace/types: openapi-typescript output plus readable named exports. */

import { SpecError } from '../errors.js';
import { COMPONENT_PREFIX, componentName, isObject, resolvePointer } from '../json-schema.js';
import { type MediaModel, type OperationModel, type SpecModel, userParameters } from '../model.js';
import { placeOf } from '../positions.js';
import { breakLongUnions } from './break-unions.js';
import type { Emitter } from './emitter.js';
import { lineComment } from './escape.js';
import { lit, type OperationTypeNames, operationTypeNames, successBodies } from './names.js';
import { OpenapiTSRefusal, renderTypes } from './openapi-ts.js';
import { nameRecursiveTypes } from './recursive-types.js';

type Json = Record<string, unknown>;
/** A `$ref` to a whole component (`#/components/schemas/Pet`), which openapi-typescript types by name. */
const WHOLE_COMPONENT = /^#\/components\/[^/]+\/[^/]+$/;

/**
 * The document with every local `$ref` that does not name a whole component replaced by what it
 * points at. openapi-typescript writes such a ref (`#/paths/~1pets/post/requestBody/content/…/schema/properties/id`)
 * as an index path through optional members and `schema`/`properties` steps that do not exist
 * on its types, which does not compile. A cycle through such refs becomes `unknown` (`{}`).
 * Discriminator mappings by bare schema name become references.
 * The input is not mutated; a document without such refs is returned as it is.
 */
export function forOpenapiTS(document: Json): Json {
  let changed = false;
  const schemas = isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const walk = (node: unknown, inlining: ReadonlySet<string>): unknown => {
    if (Array.isArray(node)) return node.map((v) => walk(v, inlining));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/') && !WHOLE_COMPONENT.test(ref)) {
      const target = resolvePointer(document, ref);
      if (target !== undefined) {
        changed = true;
        const { $ref: _ref, ...siblings } = node;
        if (inlining.has(ref)) return walk(siblings, inlining);
        const inlined = walk(target, new Set([...inlining, ref]));
        return isObject(inlined) ? { ...inlined, ...(walk(siblings, inlining) as Json) } : inlined;
      }
    }
    // Extensions and literal examples are data, not schemas: left as written. fromEntries keeps a
    // key named `__proto__` a key.
    const out: Json = Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k.startsWith('x-') || k === 'example' ? v : walk(v, inlining)]),
    );
    // A discriminator mapping may name a component schema by its bare name; openapi-typescript
    // (through Redocly) only takes references there.
    const mapping = isObject(out.discriminator) && isObject(out.discriminator.mapping) ? out.discriminator.mapping : undefined;
    if (mapping && Object.values(mapping).some((v) => typeof v === 'string' && schemas[v] !== undefined && !v.includes('/'))) {
      changed = true;
      const fixed = Object.fromEntries(
        Object.entries(mapping).map(([k, v]) => [
          k,
          typeof v === 'string' && schemas[v] !== undefined && !v.includes('/') ? `${COMPONENT_PREFIX}${v}` : v,
        ]),
      );
      out.discriminator = { ...(out.discriminator as Json), mapping: fixed };
    }
    return out;
  };
  const result = walk(document, new Set()) as Json;
  return changed ? result : document;
}

/** The openapi-typescript type of an operation, reached through `paths` (operations without operationId are only there). */
export const operationType = (op: OperationModel): string => `paths[${lit(op.path)}][${lit(op.method.toLowerCase())}]`;

/** The TypeScript type of a body in one media type: JSON as the spec types it, text as string, anything else opaque. */
function mediaType(owner: string, media: MediaModel | undefined): string {
  if (!media) return 'undefined';
  if (media.kind === 'json') return `${owner}["content"][${lit(media.mediaType)}]`;
  return media.kind === 'text' ? 'string' : 'Blob';
}

function pick(source: string, names: readonly string[]): string {
  return `Pick<NonNullable<${source}>, ${names.map(lit).join(' | ')}>`;
}

/**
 * A body schema with properties of its own beside a oneOf/anyOf of components is typed by
 * openapi-typescript as `Base & (A | B)`: narrowing on the discriminator then does not reach
 * callbacks (`resources.map(r => …)` still sees Base's `resources`). Written as
 * `(Omit<Base & (A | B), keyof A> & A) | …`, each member's own properties win, and narrowing works
 * everywhere. Undefined when the schema is not of that shape.
 */
function variantUnion(model: SpecModel, media: MediaModel | undefined): string | undefined {
  const raw = media?.schemaRef !== undefined ? model.schemas[media.schemaRef] : undefined;
  if (!isObject(raw) || !isObject(raw.properties)) return undefined;
  const list = Array.isArray(raw.oneOf) ? raw.oneOf : Array.isArray(raw.anyOf) ? raw.anyOf : undefined;
  const refs = list?.map((v) =>
    isObject(v) && typeof v.$ref === 'string' && v.$ref.startsWith(COMPONENT_PREFIX) ? componentName(v.$ref) : undefined,
  );
  if (!refs || refs.length === 0 || refs.some((r) => r === undefined)) return undefined;
  // By the named export of each component (declared in the same module), so that each member reads on one line.
  const named = (name: string) => model.schemaTypeNames[name] ?? `components["schemas"][${lit(name)}]`;
  const whole = named(media?.schemaRef ?? '');
  return refs.map((r) => `(Omit<${whole}, keyof ${named(r ?? '')}> & ${named(r ?? '')})`).join(' | ');
}

function operationExports(model: SpecModel, op: OperationModel, names: OperationTypeNames): string[] {
  const O = operationType(op);
  const out: string[] = [];
  if (names.body)
    out.push(
      `export type ${names.body} = ${variantUnion(model, op.body?.primary) ?? `NonNullable<${O}["requestBody"]>["content"][${lit(op.body?.primary.mediaType ?? '')}]`};`,
    );
  if (names.parameters) {
    const parts: string[] = [];
    for (const [location, prop] of [
      ['path', 'path'],
      ['query', 'query'],
      ['header', 'headers'],
    ] as const) {
      const params = userParameters(op, location);
      if (params.length === 0) continue;
      const optional = params.every((p) => !p.required) ? '?' : '';
      parts.push(
        `  ${prop}${optional}: ${pick(
          `${O}["parameters"][${lit(location)}]`,
          params.map((p) => p.name),
        )};`,
      );
    }
    out.push(`export type ${names.parameters} = {`, ...parts, '};');
  }
  if (names.input) {
    const body = op.body ? `{ body${op.body.required ? '' : '?'}: ${names.body ?? 'OpaqueBody'} }` : undefined;
    const members = [names.parameters, body].filter(Boolean);
    out.push(`export type ${names.input} = ${members.length > 0 ? members.join(' & ') : 'Record<string, never>'};`);
  }
  const bodies = successBodies(op);
  const responseType = (status: string, code: number | undefined) => `${O}["responses"][${code ?? lit(status)}]`;
  const first = bodies.find((r) => r.primary?.kind === 'json');
  // Result only where Data is a union (otherwise it would be Data again).
  if (names.result && first)
    out.push(`export type ${names.result} = ${mediaType(responseType(first.status, first.code), first.primary)};`);
  const data = bodies.map((r) => mediaType(responseType(r.status, r.code), r.primary));
  out.push(`export type ${names.data} = ${data.join(' | ') || 'unknown'};`);
  const errors = op.responses.filter((r) => r.code !== undefined && r.code >= 400).map((r) => r.code);
  out.push(`export type ${names.errorStatus} = ${errors.join(' | ') || 'never'};`);
  return out;
}

/** openapi-typescript's render of each document, started by prepare. */
const RENDERS = new WeakMap<object, Promise<string>>();

function render(document: Readonly<Record<string, unknown>>): Promise<string> {
  let pending = RENDERS.get(document);
  if (!pending) {
    pending = renderTypes(forOpenapiTS(document as Json));
    pending.catch(() => undefined); // read by emit; a run refused before emit drops it
    RENDERS.set(document, pending);
  }
  return pending;
}

export const typesEmitter: Emitter = {
  name: 'types',
  prepare(document) {
    render(document);
  },
  async emit(model) {
    let base: string;
    try {
      base = await render(model.document);
      RENDERS.delete(model.document);
    } catch (error) {
      if (!(error instanceof OpenapiTSRefusal)) throw error;
      // openapi-typescript checks the document again (through Redocly): report what it refuses
      // as a spec problem at the place it names, never as a crash.
      const message = error.message.split('\n')[0] ?? '';
      const at = / at (#\/\S*)/.exec(message)?.[1];
      throw new SpecError(
        at ? placeOf(model.entry, model.entrySource, at) : model.entry,
        `openapi-typescript cannot type this: ${message}`,
      );
    }
    const { text, definitions } = nameRecursiveTypes(base, model);
    const named: string[] = ['', '// Named exports: one per component schema.'];
    for (const [name, typeName] of Object.entries(model.schemaTypeNames))
      named.push(`export type ${typeName} = ${definitions.get(name) ?? `components["schemas"][${lit(name)}]`};`);
    named.push('', '/** A body in a media type other than JSON, passed through as it is. */');
    named.push('export type OpaqueBody = string | Blob | ArrayBuffer | Uint8Array | FormData | URLSearchParams;');
    named.push('', '// Per operation: what it takes and what it answers, only for the parts it has.');
    named.push(`export type OperationId = ${model.operations.map((o) => lit(o.operationId)).join(' | ') || 'never'};`);
    const all = operationTypeNames(model);
    for (const op of model.operations) {
      const names = all.get(op);
      if (names) named.push('', lineComment(`${op.operationId}: ${op.method} ${op.path}`), ...operationExports(model, op, names));
    }
    return new Map([['packages/types/src/generated/openapi.ts', breakLongUnions(`${text}${named.join('\n')}\n`)]]);
  },
};
