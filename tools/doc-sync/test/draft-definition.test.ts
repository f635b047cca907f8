/**
 * Drafts from API Explorer definitions: two fixture definitions of our own (a GET with shared and
 * inline parameters, annotations, allOf, a 503; a POST on the same path with a body carrying
 * readOnly and inner fields, x-type and x-maxLength), and, when ../shared/definitions exists,
 * every shared definition of an operation the spec lacks. Added to a scratch copy of the spec
 * with exactly the lines doc-sync prints, they pass the spec's lint and the generator unedited,
 * and the packages built from them compile.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftDefinition, parseDefinition } from '../src/index.js';
import { compile, type DraftRun, draftInScratch, generate, lint, preparePackages, REPO } from './scratch.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = ['ListGizmos.json', 'CreateGizmo.json'].map((f) => join(HERE, 'fixtures/definitions', f));
const SHARED = join(REPO, '../shared/definitions');
const LACKED = [
  'ListProducts',
  'ListImages',
  'ListAvailabilityZones',
  'ShowQuotas',
  'ListItaSubJobs',
  'EstimateAddResources',
  'EstimateChangeImages',
];
const shared = existsSync(SHARED) ? LACKED.map((n) => join(SHARED, `${n}.json`)) : [];
/**
 * The spec now has the shared definitions' operations (drafted from them); the scratch copy
 * drops them again, with the other lookups (whose Lookups tag would leave GETs without one
 * common tag), so that every shared definition is drafted as new.
 */
const DROPPED = [
  'list-products',
  'list-images',
  'list-availability-zones',
  'show-quotas',
  'list-ita-sub-jobs',
  'list-volume-product-info',
  'estimate-add-resources',
  'estimate-change-images',
];
function withoutLookups(dir: string): void {
  const openapi = join(dir, 'spec/openapi.yaml');
  const lines = readFileSync(openapi, 'utf8').split('\n');
  const ref = (l: string | undefined) => DROPPED.find((f) => l?.trim() === `$ref: paths/${f}.yaml`);
  writeFileSync(openapi, lines.filter((l, i) => !ref(l) && !ref(lines[i + 1])).join('\n'));
  for (const f of DROPPED) rmSync(join(dir, `spec/paths/${f}.yaml`));
}
type Json = Record<string, unknown>;

describe('reading a definition', () => {
  const def = parseDefinition(readFileSync(FIXTURES[1]!, 'utf8'), 'CreateGizmo.json');
  const op = def.operations[0]!;
  const props = op.definitions.CreateGizmoReq!.properties!;

  it('takes the bounds of annotations, x-maxLength and x-type where Swagger keywords are absent', () => {
    expect(props.name!.bounds).toEqual({ minLength: 1, maxLength: 15 });
    expect(props.name!.pattern).toBe('^[A-Za-z][A-Za-z0-9_-]*$');
    expect(props.count!.bounds).toEqual({ minimum: 1, maximum: 50 });
    expect(props.tags!.bounds).toEqual({ minItems: 0, maxItems: 20 });
    expect(props.member_ids!.bounds).toEqual({ minItems: 1, maxItems: 100 });
    expect(props.member_ids!.items!.bounds).toEqual({ minLength: 1, maxLength: 36 });
  });

  it('drops x-is_inner_param fields (and their required entries), keeps readOnly ones marked', () => {
    expect(Object.keys(props)).not.toContain('tenant_secret');
    expect(props.created_at!.readOnly).toBe(true);
    expect(op.method).toBe('POST');
    expect(op.body?.required).toBe(true);
    expect(op.requestExamples.map((e) => e.name)).toEqual(['x-request-examples-1']);
    const list = parseDefinition(readFileSync(FIXTURES[0]!, 'utf8'), 'ListGizmos.json').operations[0]!;
    expect(list.parameters.map((p) => p.name)).toEqual(['project_id', 'X-Auth-Token', 'Content-Type', 'state', 'limit']);
    expect(list.definitions.GizmoInfo!.required).toEqual(['gizmo_id']);
    expect(list.parameters[4]!.schema.bounds).toEqual({ minimum: 1, maximum: 100 });
    expect(list.parameters[0]!.schema.bounds).toEqual({ minLength: 1, maxLength: 128 });
  });

  it('refuses what is not a definition, naming the file and line', () => {
    expect(() => parseDefinition('{\n "paths": {},\n "definitions": {}\n}', 'empty.json')).toThrow(
      'empty.json:1: the definition has no operation under "paths"',
    );
    expect(() => parseDefinition('{\n "paths": {\n', 'cut.json')).toThrow(/^cut\.json:3: not valid JSON/);
  });
});

describe('names a definition gives', () => {
  it('become file and component names only as identifiers', () => {
    const text = JSON.stringify({
      definitions: { 'a/b c': { properties: { x: { type: 'string' } } } },
      paths: {
        '/v2/{project_id}/odd': {
          get: { operationId: '../../evil', responses: { '200': { schema: { $ref: '#/definitions/a~1b c' } } } },
        },
      },
    });
    const op = parseDefinition(text, 'odd.json').operations[0]!;
    const draft = draftDefinition(
      { ...op, name: '../../evil' },
      { specDir: join(REPO, 'spec'), schemaNames: new Set(), operationIds: new Set(), taken: new Set(), tagByMethod: new Map() },
    );
    expect(draft.operationId).toBe('operation-get-v2-project-id-odd');
    expect([...draft.files.keys()]).toEqual([
      'paths/operation-get-v2-project-id-odd.yaml',
      'schemas/operation-get-v2-project-id-odd.yaml',
    ]);
    expect(Object.keys(parse(draft.files.get('schemas/operation-get-v2-project-id-odd.yaml')!) as object)).toEqual(['a_b_c']);
    expect(draft.files.get('paths/operation-get-v2-project-id-odd.yaml')).toContain(
      '$ref: ../schemas/operation-get-v2-project-id-odd.yaml#/a_b_c',
    );
  });
});

describe('drafts of definitions the spec lacks', () => {
  let dir = '';
  let out: DraftRun['out'];
  beforeAll(async () => {
    ({ dir, out } = await draftInScratch('doc-sync-definition-drafts', [...FIXTURES, ...shared], withoutLookups));
  }, 60_000);

  it('reports each as a new operation (minor) and writes its files', () => {
    expect(out.pages.map((p) => p.findings)).toEqual(
      [...FIXTURES, ...shared].map(() => [expect.objectContaining({ kind: 'operation-missing', impact: 'minor' })]),
    );
    expect(out.drafts.files).toEqual(
      expect.arrayContaining(['spec/paths/list-gizmos.yaml', 'spec/schemas/list-gizmos.yaml', 'spec/schemas/create-gizmo.yaml']),
    );
    expect(out.drafts.files).not.toContain('spec/paths/create-gizmo.yaml'); // the POST shares the GET's path file
  });

  it('copies the facts exactly, marks every description x-draft-todo, copies no description', () => {
    const paths = parse(readFileSync(join(dir, 'spec/paths/list-gizmos.yaml'), 'utf8')) as Record<string, Json>;
    const get = paths.get!;
    expect(get['x-source']).toBe('api-definition');
    expect(get.tags).toEqual(['Jobs']); // the tag of the spec's other GETs
    expect(get.parameters).toEqual([
      // Not the shared ProjectId (1 to 255 characters): this definition says 1 to 128.
      {
        name: 'project_id',
        in: 'path',
        required: true,
        'x-draft-todo': 'describe',
        schema: { type: 'string', minLength: 1, maxLength: 128 },
      },
      { $ref: '../parameters.yaml#/XAuthToken' },
      {
        name: 'state',
        in: 'query',
        required: false,
        'x-draft-todo': 'describe',
        schema: { type: 'string', pattern: '^(ACTIVE|RETIRED)$' },
      },
      {
        name: 'limit',
        in: 'query',
        required: false,
        'x-draft-todo': 'describe',
        schema: { type: 'integer', default: 10, minimum: 1, maximum: 100 },
      },
    ]);
    const responses = get.responses as Json;
    expect(responses['400']).toEqual({ $ref: '../responses.yaml#/BadRequest' });
    expect(responses['503']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '../schemas/common.yaml#/ErrorResponse' } } },
      headers: { 'X-Request-Id': expect.any(Object) },
    });
    const post = paths.post!;
    expect(post.tags).toEqual(['Orders']);
    expect(post.parameters).toEqual([{ $ref: '../parameters.yaml#/ProjectId' }]); // the same facts as the shared one
    expect(post.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '../schemas/create-gizmo.yaml#/CreateGizmoReq' } } },
    });
    const schemas = parse(readFileSync(join(dir, 'spec/schemas/create-gizmo.yaml'), 'utf8')) as Record<string, Json>;
    expect(schemas.CreateGizmoReq).toEqual({
      type: 'object',
      required: ['name', 'member_ids'],
      properties: {
        name: { type: 'string', 'x-draft-todo': 'describe', pattern: '^[A-Za-z][A-Za-z0-9_-]*$', minLength: 1, maxLength: 15 },
        kind: { type: 'string', 'x-draft-todo': 'describe', enum: ['SMALL', 'LARGE'], default: 'SMALL' },
        count: { type: 'integer', format: 'int32', 'x-draft-todo': 'describe', minimum: 1, maximum: 50 },
        tags: {
          type: 'array',
          'x-draft-todo': 'describe',
          minItems: 0,
          maxItems: 20,
          items: { $ref: '#/CreateGizmoTag' } /* the spec has a Tag */,
        },
        member_ids: {
          type: 'array',
          'x-draft-todo': 'describe',
          minItems: 1,
          maxItems: 100,
          items: { type: 'string', minLength: 1, maxLength: 36 },
        },
      },
    });
    const list = parse(readFileSync(join(dir, 'spec/schemas/list-gizmos.yaml'), 'utf8')) as Record<string, Json>;
    expect(Object.keys(list).sort()).toEqual(['GizmoCounts', 'GizmoInfo', 'ListGizmosResponse']); // BaseResponse: the shared errors
    expect(list.GizmoInfo).toMatchObject({
      required: ['gizmo_id'],
      properties: {
        weight: { type: 'number', exclusiveMinimum: 0 },
        labels: { type: 'object', additionalProperties: { type: 'string', minLength: 0, maxLength: 255 } },
      },
    });
    expect((list.ListGizmosResponse as Json).allOf).toEqual([
      { $ref: '#/GizmoCounts' },
      { type: 'object', properties: { gizmos: expect.objectContaining({ readOnly: true, maxItems: 100 }) } },
    ]);
    for (const f of out.drafts.files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/Placeholder|[\u4e00-\u9fff]/);
  });

  it('passes the spec lint with 0 errors and 0 warnings', () => {
    const r = lint(dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/You have \d+ (warning|error)/);
  }, 60_000);

  it('generates and the packages compile', () => {
    preparePackages(dir);
    const gen = generate(dir);
    expect(gen.status, gen.stderr).toBe(0);
    expect(gen.stderr).toBe('');
    const tsc = compile(dir);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const ops = readFileSync(join(dir, 'pkgs/client/src/generated/operations.ts'), 'utf8');
    for (const id of ['ListGizmos', 'CreateGizmo', ...(shared.length ? LACKED : [])])
      expect(ops, id).toContain(`"operationId": "${id}"`);
  }, 180_000);
});
