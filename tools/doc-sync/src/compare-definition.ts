/**
 * Compares one operation of a Huawei API Explorer definition with the spec's operation of the
 * same operationId (else the same method and path): parameters (in, required, schema), the
 * request body, statuses and response bodies (compare-schema.ts, field by field); the examples
 * are examples-definition.ts's. Findings use the
 * page comparison's kinds, places and impacts; known differences are recorded with
 * `source: api-definition` (records.ts). The `X-Auth-Token` and `Content-Type` headers are the
 * client's own business (the auth layer and the body's media type set them): not compared.
 */
import type { OperationModel, SpecModel } from '@hwc-workspace/codegen/spec';
import { type Finding, impactOf } from './compare.js';
import { compareSchema, type SchemaWalk } from './compare-schema.js';
import type { DefOperation } from './definition.js';
import { openApiSchema } from './draft-definition.js';
import type { SpecIndex } from './locate.js';
import { formatPlace } from './locate.js';
import { definitionRecords, isRecorded, recordedValues } from './records.js';
import { chain, escapeToken, follow, isObj, type Link, type Loc, placeOf, sub } from './spec-schema.js';

type Json = Record<string, unknown>;
const CLIENT_HEADERS = new Set(['x-auth-token', 'content-type', 'accept', 'authorization']);

/** The spec's operation a definition's operation describes: by operationId, else by method and path. */
export function specOperation(model: SpecModel, op: DefOperation): OperationModel | undefined {
  return (
    model.operations.find((o) => o.operationId === op.operationId) ??
    model.operations.find((o) => o.method === op.method && o.path === op.path)
  );
}

export function compareDefinition(op: DefOperation, model: SpecModel, index: SpecIndex): Finding[] {
  const found = specOperation(model, op);
  if (!found)
    return [
      {
        kind: 'operation-missing',
        impact: 'minor',
        message: `${op.method} ${op.path} (${op.operationId}) is not in the spec; --draft <dir> writes a draft of it`,
        where: { file: 'spec/openapi.yaml', pointer: '/paths' },
        known: false,
      },
    ];
  const doc = model.document as Json;
  const opNode = ((doc.paths as Json)[found.path] as Json)[found.method.toLowerCase()] as Json;
  const opLoc: Loc = { path: found.path, method: found.method, pointer: '' };
  const opRecords = definitionRecords(opNode);
  const out: Finding[] = [];
  const walk = (section: 'request' | 'response', also?: unknown[]): SchemaWalk => ({
    doc,
    index,
    defs: op.definitions,
    section,
    out,
    seen: new Set(),
    ...(also ? { also } : {}),
  });

  if (found.method !== op.method || found.path !== op.path) {
    out.push({
      kind: 'operation-missing',
      impact: 'breaking',
      message: `${op.operationId} is ${op.method} ${op.path} in the definition, ${found.method} ${found.path} in the spec`,
      where: index.operation(found.path, found.method),
      known: false,
    });
  }

  // Parameters, by where and name (header names in any case).
  const keyOf = (where: string, name: string) => `${where}:${where === 'header' ? name.toLowerCase() : name}`;
  const auth = new Set(found.parameters.filter((p) => p.filledBy === 'auth').map((p) => keyOf(p.in, p.name)));
  const skip = (where: string, name: string) =>
    where === 'header' && (CLIENT_HEADERS.has(name.toLowerCase()) || auth.has(keyOf(where, name)));
  const specParams = new Map<string, Link>();
  (Array.isArray(opNode.parameters) ? opNode.parameters : []).forEach((p, i) => {
    const link = follow(doc, p, sub(opLoc, `/parameters/${i}`));
    if (link && typeof link.node.name === 'string' && typeof link.node.in === 'string' && !skip(link.node.in, link.node.name))
      specParams.set(keyOf(link.node.in, link.node.name), link);
  });
  const paramsAt = index.operation(found.path, found.method, '/parameters');
  for (const p of op.parameters) {
    if (skip(p.in, p.name)) continue;
    const key = keyOf(p.in, p.name);
    const spec = specParams.get(key);
    specParams.delete(key);
    if (!spec) {
      const yaml = `- name: ${p.name}\n  in: ${p.in}\n  required: ${p.required}\n  x-source: api-definition\n  schema: ${JSON.stringify(openApiSchema(p.schema, true), (k, v: unknown) => (k === 'x-draft-todo' ? undefined : v))}`;
      out.push({
        kind: 'field-added',
        impact: impactOf('field-added', { section: 'request', mandatory: p.required }),
        message: `${p.in} parameter ${p.name}${p.required ? ' (required)' : ''} is in the definition, not in the spec`,
        where: paramsAt,
        known: recordedValues(opRecords, 'field-added').has(p.name),
        values: [p.name],
        suggestion: yaml,
      });
      continue;
    }
    const records = definitionRecords(opNode, spec.node);
    if (p.required !== (spec.node.required === true)) {
      const state = p.required ? 'required' : 'optional';
      out.push({
        kind: 'required-changed',
        impact: impactOf('required-changed', { mandatory: p.required }),
        message: `${p.in} parameter ${p.name} is ${state} in the definition, ${p.required ? 'optional' : 'required'} in the spec`,
        where: placeOf(index, spec.loc, '/required'),
        known: isRecorded(records, 'required-changed', [p.name, state]),
        values: [p.name, state],
      });
    }
    compareSchema(
      p.schema,
      chain(doc, spec.node.schema, sub(spec.loc, '/schema')),
      `${p.in} parameter ${p.name}`,
      walk('request', [opNode, spec.node]),
    );
  }
  for (const [, spec] of specParams) {
    const name = String(spec.node.name);
    out.push({
      kind: 'field-removed',
      impact: 'breaking',
      message: `${String(spec.node.in)} parameter ${name} is in the spec, not in the definition`,
      where: placeOf(index, spec.loc),
      known: recordedValues(definitionRecords(opNode, spec.node), 'field-removed').has(name),
      values: [name],
    });
  }

  // The request body.
  const body = follow(doc, opNode.requestBody, sub(opLoc, '/requestBody'));
  const mediaType = found.body?.primary.mediaType ?? 'application/json';
  const bodySchema =
    body && isObj(body.node.content) && isObj(body.node.content[mediaType])
      ? chain(doc, body.node.content[mediaType].schema, sub(body.loc, `/content/${escapeToken(mediaType)}/schema`))
      : [];
  if (op.body && !body)
    out.push({
      kind: 'field-added',
      impact: 'minor',
      message: 'the definition takes a request body; the spec has none',
      where: index.operation(found.path, found.method),
      known: recordedValues(opRecords, 'field-added').has('requestBody'),
      values: ['requestBody'],
    });
  if (!op.body && body)
    out.push({
      kind: 'field-removed',
      impact: 'breaking',
      message: 'the spec takes a request body; the definition has none',
      where: placeOf(index, body.loc),
      known: recordedValues(opRecords, 'field-removed').has('requestBody'),
      values: ['requestBody'],
    });
  if (op.body && body) {
    if (op.body.required !== (body.node.required === true)) {
      const state = op.body.required ? 'required' : 'optional';
      out.push({
        kind: 'required-changed',
        impact: impactOf('required-changed', { mandatory: op.body.required }),
        message: `the request body is ${state} in the definition`,
        where: placeOf(index, body.loc, '/required'),
        known: isRecorded(definitionRecords(opNode, body.node), 'required-changed', ['requestBody', state]),
        values: ['requestBody', state],
      });
    }
    compareSchema(op.body.schema, bodySchema, 'body', walk('request'));
  }

  // Statuses and response bodies.
  const specResponses = new Map(found.responses.map((r) => [r.status, r]));
  for (const r of op.responses) {
    const spec = specResponses.get(r.status);
    specResponses.delete(r.status);
    if (!spec) {
      out.push({
        kind: 'status-added',
        impact: 'minor',
        message: `status ${r.status} is in the definition, not in the spec`,
        where: index.operation(found.path, found.method, '/responses'),
        known: recordedValues(opRecords, 'status-added').has(r.status),
        values: [r.status],
        suggestion: `'${r.status}':\n  $ref: ../responses.yaml#/<one of the shared responses>`,
      });
      continue;
    }
    const link = follow(doc, (opNode.responses as Json)[r.status], sub(opLoc, `/responses/${escapeToken(r.status)}`));
    const mt = spec.primary?.mediaType;
    const schema =
      link && mt && isObj(link.node.content) && isObj(link.node.content[mt])
        ? chain(doc, link.node.content[mt].schema, sub(link.loc, `/content/${escapeToken(mt)}/schema`))
        : [];
    if (r.schema && schema.length > 0) compareSchema(r.schema, schema, `${r.status} body`, walk('response'));
  }
  for (const [status] of specResponses) {
    const link = follow(doc, (opNode.responses as Json)[status], sub(opLoc, `/responses/${escapeToken(status)}`));
    const gateway = link?.node['x-source'] === 'gateway';
    out.push({
      kind: 'status-removed',
      impact: 'breaking',
      message: gateway
        ? `status ${status} is the API gateway's (x-source: gateway), not in the definition`
        : `status ${status} is in the spec, not in the definition`,
      where: index.operation(found.path, found.method, `/responses/${escapeToken(status)}`),
      known: gateway || recordedValues(definitionRecords(opNode, link?.node), 'status-removed').has(status),
      values: [status],
    });
  }

  // One finding per place and values: a shared schema reached from several statuses or fields is reported once.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.kind}\u0000${formatPlace(f.where)}\u0000${f.values ? f.values.join('\u0000') : f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
