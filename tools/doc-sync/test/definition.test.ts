/**
 * Comparing an API Explorer definition with the spec: a fixture definition that matches the
 * fixture spec (def-spec/) exits 0; each change made to it is caught once, as the right kind with
 * the values a record would list, pinned to the spec node (file:line #pointer); recorded
 * differences (source: api-definition) are known by exact match; the pages' records do not count.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Finding, run } from '../src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const CLEAN = JSON.parse(readFileSync(join(FIXTURES, 'definitions/CreateWidget.json'), 'utf8')) as Json;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const tmp = mkdtempSync(join(tmpdir(), 'doc-sync-def-'));

async function check(def: unknown, root = FIXTURES, name = 'CreateWidget.json') {
  const file = join(tmp, name);
  writeFileSync(file, typeof def === 'string' ? def : JSON.stringify(def, null, 1));
  return run([file], { root, cwd: tmp, json: true, spec: 'def-spec/openapi.yaml' });
}
const findings = (stdout: string): Finding[] =>
  (JSON.parse(stdout) as { pages: { findings: Finding[] }[] }).pages.flatMap((p) => p.findings);
const drift = (stdout: string) => findings(stdout).filter((f) => !f.known);
const edit = (f: (d: Json) => void): Json => {
  const d = structuredClone(CLEAN);
  f(d);
  return d;
};
const req = (d: Json) => d.definitions.CreateWidgetReq;
const op = (d: Json) => d.paths['/v2/{project_id}/widgets'].post;
const W = 'def-spec/schemas/widget.yaml';
const P = 'def-spec/paths/widgets.yaml';

describe('a definition that matches the spec', () => {
  it('exits 0 with no finding at all (inner and readOnly request fields, client headers ignored)', async () => {
    const r = await check(CLEAN);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(findings(r.stdout)).toEqual([]);
    expect(JSON.parse(r.stdout).pages[0]).toMatchObject({ title: 'API definition CreateWidget', operationId: 'CreateWidget' });
  });
});

const MUTATIONS: [string, (d: Json) => void, Partial<Finding>, { file: string; pointer: string; line: number }][] = [
  [
    'body field added',
    (d) => (req(d).properties.weight = { type: 'integer', minimum: 1 }),
    { kind: 'field-added', values: ['weight'], impact: 'minor' },
    { file: W, pointer: '/WidgetRequest/properties', line: 5 },
  ],
  [
    'required body field added',
    (d) => ((req(d).properties.weight = { type: 'integer' }), req(d).required.push('weight')),
    { kind: 'field-added', values: ['weight'], impact: 'breaking' },
    { file: W, pointer: '/WidgetRequest/properties', line: 5 },
  ],
  [
    'body field removed',
    (d) => delete req(d).properties.size,
    { kind: 'field-removed', values: ['size'] },
    { file: W, pointer: '/WidgetRequest/properties/size', line: 11 },
  ],
  [
    'field made required',
    (d) => req(d).required.push('size'),
    { kind: 'required-changed', values: ['size', 'required'], impact: 'breaking' },
    { file: W, pointer: '/WidgetRequest/required', line: 4 },
  ],
  [
    'type changed',
    (d) => (req(d).properties.size = { type: 'string' }),
    { kind: 'type-changed', values: ['string'] },
    { file: W, pointer: '/WidgetRequest/properties/size/type', line: 12 },
  ],
  [
    'bound tightened by an annotation',
    (d) => (d.definitions.Part.properties.key['x-annotations'] = ['@Size(max = 64, min = 1)']),
    { kind: 'bound-changed', values: ['maxLength', '64'], impact: 'breaking' },
    { file: W, pointer: '/Part/properties/key/maxLength', line: 33 },
  ],
  [
    'bound loosened',
    (d) => (req(d).properties.name.maxLength = 128),
    { kind: 'bound-changed', values: ['maxLength', '128'], impact: 'minor' },
    { file: W, pointer: '/WidgetRequest/properties/name/maxLength', line: 9 },
  ],
  [
    'bound dropped',
    (d) => delete req(d).properties.size.maximum,
    { kind: 'bound-changed', values: ['maximum', 'none'], impact: 'minor' },
    { file: W, pointer: '/WidgetRequest/properties/size/maximum', line: 15 },
  ],
  [
    'item count bound',
    (d) => (req(d).properties.parts.maxItems = 20),
    { kind: 'bound-changed', values: ['maxItems', '20'] },
    { file: W, pointer: '/WidgetRequest/properties/parts/maxItems', line: 23 },
  ],
  [
    'bound in an allOf member',
    (d) => (d.definitions.Volume.allOf[0].properties.size.maximum = 65536),
    { kind: 'bound-changed', values: ['maximum', '65536'] },
    { file: W, pointer: '/VolumeBase/properties/size/maximum', line: 61 },
  ],
  [
    'exclusive bound (Swagger 2.0 boolean)',
    (d) => (req(d).properties.size.exclusiveMinimum = true),
    { kind: 'bound-changed', values: ['exclusiveMinimum', '1'], impact: 'breaking' },
    { file: W, pointer: '/WidgetRequest/properties/size/minimum', line: 14 },
  ],
  [
    'pattern changed',
    (d) => (req(d).properties.name.pattern = '^[a-z]+$'),
    { kind: 'pattern-changed', values: ['^[a-z]+$'] },
    { file: W, pointer: '/WidgetRequest/properties/name/pattern', line: 10 },
  ],
  [
    'default changed',
    (d) => (req(d).properties.color.default = 'BLUE'),
    { kind: 'default-changed', values: ['BLUE'], impact: 'patch' },
    { file: W, pointer: '/WidgetRequest/properties/color/default', line: 19 },
  ],
  [
    'format changed',
    (d) => (req(d).properties.size.format = 'int64'),
    { kind: 'format-changed', values: ['int64'] },
    { file: W, pointer: '/WidgetRequest/properties/size/format', line: 13 },
  ],
  [
    'enum value added',
    (d) => req(d).properties.color.enum.push('GREEN'),
    { kind: 'enum-added', values: ['GREEN'], impact: 'minor' },
    { file: W, pointer: '/WidgetRequest/properties/color/enum', line: 18 },
  ],
  [
    'enum value removed',
    (d) => (req(d).properties.color.enum = ['RED']),
    { kind: 'enum-removed', values: ['BLUE'], impact: 'breaking' },
    { file: W, pointer: '/WidgetRequest/properties/color/enum', line: 18 },
  ],
  [
    'enum dropped (any value)',
    (d) => delete req(d).properties.color.enum,
    { kind: 'enum-removed', values: ['RED', 'BLUE'] },
    { file: W, pointer: '/WidgetRequest/properties/color/enum', line: 18 },
  ],
  [
    'query parameter made required',
    (d) => (op(d).parameters[3].required = true),
    { kind: 'required-changed', values: ['dry_run', 'required'] },
    { file: P, pointer: '/post/parameters/2/required', line: 9 },
  ],
  [
    'query parameter added',
    (d) => op(d).parameters.push({ in: 'query', name: 'verbose', type: 'boolean' }),
    { kind: 'field-added', values: ['verbose'] },
    { file: P, pointer: '/post/parameters', line: 4 },
  ],
  [
    'query parameter removed',
    (d) => op(d).parameters.splice(3, 1),
    { kind: 'field-removed', values: ['dry_run'] },
    { file: P, pointer: '/post/parameters/2', line: 7 },
  ],
  [
    'shared path parameter bound',
    (d) => (op(d).parameters[0].maxLength = 64),
    { kind: 'bound-changed', values: ['maxLength', '64'] },
    { file: 'def-spec/parameters.yaml', pointer: '/ProjectId/schema/maxLength', line: 5 },
  ],
  [
    'status added',
    (d) => (op(d).responses['409'] = { description: 'x', schema: { $ref: '#/definitions/BaseResponse' } }),
    { kind: 'status-added', values: ['409'] },
    { file: P, pointer: '/post/responses', line: 17 },
  ],
  [
    'status removed',
    (d) => delete op(d).responses['400'],
    { kind: 'status-removed', values: ['400'] },
    { file: P, pointer: '/post/responses/400', line: 24 },
  ],
  [
    'response field added',
    (d) => (d.definitions.CreateWidgetRsp.properties.order_id = { type: 'string', readOnly: true }),
    { kind: 'field-added', values: ['order_id'], impact: 'minor' },
    { file: W, pointer: '/WidgetResponse/properties', line: 47 },
  ],
  [
    'request example the spec refuses',
    (d) => (op(d)['x-request-examples-1'].name = '1-starts-with-a-digit'),
    { kind: 'example-refused', values: ['x-request-examples-1'] },
    { file: P, pointer: '/post/requestBody', line: 11 },
  ],
];

describe.each(MUTATIONS)('definition changed: %s', (_name, mutate, expected, where) => {
  it('is caught once, with the values a record would list, pinned to the spec node, exit 1', async () => {
    const r = await check(edit(mutate));
    expect(r.code).toBe(1);
    expect(drift(r.stdout)).toEqual([expect.objectContaining({ ...expected, known: false, where })]);
  });
});

describe('fields that are not part of the public API', () => {
  it('ignores new inner fields and new readOnly request fields; keeps readOnly response fields', async () => {
    const r = await check(
      edit((d) =>
        Object.assign(req(d).properties, {
          secret: { type: 'string', 'x-is_inner_param': true },
          stamp: { type: 'string', readOnly: true },
        }),
      ),
    );
    expect(r.code).toBe(0);
  });
  it('an inner parameter is not compared', async () => {
    const r = await check(
      edit((d) => op(d).parameters.push({ in: 'query', name: 'trace', type: 'string', 'x-is_inner_param': true })),
    );
    expect(r.code).toBe(0);
  });
});

describe('response examples', () => {
  const withExample = (type: string) =>
    edit((d) => (op(d).responses['200'].examples = { 'application/json': { job_id: 'j-1' }, [type]: { job_id: 5 } }));
  it.each(['application/problem+json', 'application/json; charset=utf-8'])('one in %s is checked as JSON', async (type) => {
    const r = await check(withExample(type));
    expect(r.code).toBe(1);
    expect(drift(r.stdout)).toEqual([expect.objectContaining({ kind: 'example-refused', values: ['response 200'] })]);
  });
  it('one in a media type that only has "json" in its name (application/x-ndjson) is not read as JSON', async () => {
    const r = await check(withExample('application/x-ndjson'));
    expect(r.code).toBe(0);
  });
});

describe('matching the operation', () => {
  it('by method and path when the operationId differs', async () => {
    const r = await check(edit((d) => (op(d).operationId = 'MakeWidget')));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pages[0].operationId).toBe('CreateWidget');
  });
  it('by operationId when the path moved: reported, breaking', async () => {
    const d = edit(() => undefined);
    d.paths = { '/v3/{project_id}/widgets': d.paths['/v2/{project_id}/widgets'] };
    const r = await check(d);
    expect(drift(r.stdout)).toEqual([
      expect.objectContaining({
        kind: 'operation-missing',
        impact: 'breaking',
        message: expect.stringContaining('/v3/{project_id}/widgets'),
      }),
    ]);
  });
  it('an operation the spec lacks: operation-missing (minor), --draft suggested', async () => {
    const d = edit(() => undefined);
    d.paths = { '/v2/{project_id}/gadgets': { get: { operationId: 'ListGadgets', responses: { '200': { description: 'x' } } } } };
    const r = await check(d);
    expect(drift(r.stdout)).toEqual([
      expect.objectContaining({ kind: 'operation-missing', impact: 'minor', message: expect.stringContaining('--draft') }),
    ]);
  });
});

describe('known differences (exact match, source: api-definition)', () => {
  const withRecords = (edits: [string, string][]) => {
    const root = mkdtempSync(join(tmpdir(), 'doc-sync-def-spec-'));
    cpSync(join(FIXTURES, 'def-spec'), join(root, 'def-spec'), { recursive: true });
    const file = join(root, W);
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(file, text);
    return root;
  };
  const record = (indent: string, ...differences: string[]) =>
    [
      `${indent}x-doc-conflict:`,
      `${indent}  - summary: recorded for the test`,
      `${indent}    sources: { api-definition: the test }`,
      `${indent}    differences:`,
      ...differences.map((d) => `${indent}      - ${d}`),
    ].join('\n');

  it('a bound recorded with the same value is known; another value is drift', async () => {
    const root = withRecords([
      [
        '      maxLength: 64\n',
        `      maxLength: 64\n${record('      ', '{ kind: bound-changed, source: api-definition, values: [maxLength, 128] }')}\n`,
      ],
    ]);
    const known = await check(
      edit((d) => (req(d).properties.name.maxLength = 128)),
      root,
    );
    expect(known.code).toBe(0);
    expect(findings(known.stdout)).toEqual([
      expect.objectContaining({ kind: 'bound-changed', known: true, values: ['maxLength', '128'] }),
    ]);
    const other = await check(
      edit((d) => (req(d).properties.name.maxLength = 100)),
      root,
    );
    expect(other.code).toBe(1);
  });

  it("a recorded field-removed is listed as itself in text (not as a page's SDK-only field)", async () => {
    const root = withRecords([
      [
        '  required: [name, parts]\n',
        `  required: [name, parts]\n${record('  ', '{ kind: field-removed, source: api-definition, values: [size] }')}\n`,
      ],
    ]);
    const file = join(tmp, 'no-size.json');
    writeFileSync(file, JSON.stringify(edit((d) => delete req(d).properties.size)));
    const r = await run([file], { root, cwd: tmp, spec: 'def-spec/openapi.yaml' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('known  field-removed    request body.size is in the spec, not in the definition');
    expect(r.stdout).not.toContain('sdk-only');
  });

  it('a record without source: api-definition (a page difference) does not count', async () => {
    const root = withRecords([
      [
        '      maxLength: 64\n',
        `      maxLength: 64\n${record('      ', '{ kind: bound-changed, values: [maxLength, 128] }')}\n`,
      ],
    ]);
    const r = await check(
      edit((d) => (req(d).properties.name.maxLength = 128)),
      root,
    );
    expect(r.code).toBe(1);
  });

  it('field-added, required-changed and enum values are recorded on the object or the field', async () => {
    const root = withRecords([
      [
        '  required: [name, parts]\n',
        `  required: [name, parts]\n${record('  ', '{ kind: field-added, source: api-definition, values: [weight] }', '{ kind: required-changed, source: api-definition, values: [size, required] }')}\n`,
      ],
      [
        '      enum: [RED, BLUE]\n',
        `      enum: [RED, BLUE]\n${record('      ', '{ kind: enum-added, source: api-definition, values: [GREEN] }')}\n`,
      ],
    ]);
    const r = await check(
      edit(
        (d) => (
          (req(d).properties.weight = { type: 'integer' }),
          req(d).required.push('size'),
          req(d).properties.color.enum.push('GREEN', 'CYAN')
        ),
      ),
      root,
    );
    expect(drift(r.stdout)).toEqual([expect.objectContaining({ kind: 'enum-added', values: ['CYAN'] })]);
    expect(
      findings(r.stdout)
        .filter((f) => f.known)
        .map((f) => f.kind)
        .sort(),
    ).toEqual(['enum-added', 'field-added', 'required-changed']);
  });
});

describe('input', () => {
  it('is recognised by content whatever the file is called', async () => {
    const r = await check(CLEAN, FIXTURES, 'definition.txt');
    expect(r.code).toBe(0);
  });
  it('a cut definition: one line naming the file and line, exit 2', async () => {
    const r = await check(JSON.stringify(CLEAN, null, 1).slice(0, 300));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^doc-sync: CreateWidget\.json:\d+: not valid JSON .*\n$/);
  });
  it('prints text with the spec place, the values and a YAML fragment for an added field', async () => {
    const file = join(tmp, 'added.json');
    writeFileSync(file, JSON.stringify(edit(MUTATIONS[0]![1])));
    const r = await run([file], { root: FIXTURES, cwd: tmp, spec: 'def-spec/openapi.yaml' });
    expect(r.stdout).toContain(
      'DRIFT  field-added      [minor] request body.weight (integer) is in the definition, not in the spec',
    );
    expect(r.stdout).toContain(`spec: ${W}:5 #/WidgetRequest/properties`);
    expect(r.stdout).toMatch(/weight:\n\s+type: integer\n\s+minimum: 1\n\s+x-source: api-definition/);
  });
});
