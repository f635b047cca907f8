/**
 * A draft of each fixture page (a GET with path and query parameters, a DELETE answering 204, a
 * PUT with a body), added to a scratch copy of the spec with exactly the lines doc-sync prints,
 * passes the spec's lint (0 errors, 0 warnings) and the generator unedited; the packages built
 * from it compile, and the generated client calls each drafted operation against the generated
 * MSW handlers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { compile, type DraftRun, draftInScratch, generate, lint, preparePackages } from './scratch.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGES = ['show-gizmo-job.txt', 'delete-gizmo.txt', 'update-gizmo.txt'].map((f) => join(HERE, 'fixtures/new-pages', f));

describe('drafts of new pages', () => {
  let dir = '';
  let out: DraftRun['out'];
  beforeAll(async () => {
    ({ dir, out } = await draftInScratch('doc-sync-drafts', PAGES));
  }, 60_000);

  it('reports each page as a new operation (minor) and writes its files', () => {
    expect(out.pages.map((p) => p.findings)).toEqual(
      PAGES.map(() => [expect.objectContaining({ kind: 'operation-missing', impact: 'minor' })]),
    );
    expect(out.drafts.files.sort()).toEqual([
      'spec/paths/deleting-gizmo.yaml',
      'spec/paths/show-gizmo-job.yaml',
      'spec/schemas/show-gizmo-job.yaml',
      'spec/schemas/update-gizmo.yaml',
    ]);
  });

  it('the draft carries what the page says: operationId, parameters, bounds, enums, statuses, examples, x-doc-page, x-draft-todo', () => {
    const text = readFileSync(join(dir, 'spec/paths/show-gizmo-job.yaml'), 'utf8');
    expect(text).toMatch(/operationId: ShowGizmoJob/);
    expect(text).toMatch(
      /name: limit\n\s+in: query\n\s+required: false\n\s+schema:\n\s+type: integer\n\s+format: int32\n\s+minimum: 1\n\s+maximum: 100/,
    );
    expect(text).toMatch(/enum:\n\s+- ACTIVE\n\s+- DONE\n\s+- ERROR/);
    expect(text).toMatch(/"404":\n\s+\$ref: \.\.\/responses\.yaml#\/NotFound/);
    expect(text).toMatch(/x-doc-page:\n\s+title: Querying a Gizmo Job\n\s+updated: 2026-04-02 GMT\+08:00/);
    expect(text).toMatch(/x-draft-todo:/);
    expect(text).toMatch(/examples:\n\s+doc:\n\s+summary: [^\n]+\n\s+x-source: doc\n\s+value:\n\s+job_id: j-1/);
    const del = readFileSync(join(dir, 'spec/paths/deleting-gizmo.yaml'), 'utf8');
    expect(del).toMatch(/operationId: DeletingGizmo/); // no API name on the page: from its title
    expect(del).toMatch(/operationId: UpdateGizmo/); // the PUT of the same path shares the file
    expect(del).toMatch(/"204":\n\s+description: [^\n]+\n\s+headers:/);
  });

  it('passes the spec lint with 0 errors and 0 warnings', () => {
    const r = lint(dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/You have \d+ (warning|error)/);
    expect(`${r.stdout}${r.stderr}`).toMatch(/valid/);
  }, 60_000);

  it('generates, compiles, and the generated client calls each draft against the generated MSW handlers', async () => {
    preparePackages(dir);
    const gen = generate(dir);
    expect(gen.status, gen.stderr).toBe(0);
    const tsc = compile(dir);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const client = (await import(pathToFileURL(join(dir, 'pkgs/client/src/index.js')).href)) as Record<string, unknown>;
    const mocks = (await import(pathToFileURL(join(dir, 'pkgs/mocks/src/index.js')).href)) as {
      createWorkspaceHandlers: (o: { baseUrl: string }) => never[];
    };
    const server = setupServer(...mocks.createWorkspaceHandlers({ baseUrl: 'https://mock.test/' }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      type Call = (input: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
      const api = (client.createWorkspaceClient as (o: unknown) => Record<string, Call>)({
        endpoint: 'https://mock.test',
        projectId: 'p',
        auth: { token: 't' },
      });
      const page = (f: string) => parsePage(readFileSync(f, 'utf8'), f);

      const job = await api.showGizmoJob!({ path: { job_id: 'j-1' }, query: { detail: true, limit: 5, state: 'ACTIVE' } });
      expect(job.error).toBeUndefined();
      expect(job.data).toEqual(page(PAGES[0]!).responseExamples[0]!.value);

      const put = await api.updateGizmo!({ path: { gizmo_id: 'g-1' }, body: page(PAGES[2]!).requestExamples[0] });
      expect(put.response.status).toBe(200);
      expect(put.data).toEqual(page(PAGES[2]!).responseExamples[0]!.value);

      const del = await api.deletingGizmo!({ path: { gizmo_id: 'g-1' }, headers: { 'X-Gizmo-Reason': 'done' } });
      expect(del.response.status).toBe(204);
      expect(del.data).toBeUndefined();
      expect(del.error).toBeUndefined();

      // The mocks check parameters like the service: limit is 1..100 on the page.
      await expect(api.showGizmoJob!({ path: { job_id: 'j-1' }, query: { limit: 500 } })).rejects.toThrow(/limit/);
    } finally {
      server.close();
    }
  }, 300_000);
});
