/**
 * The doc-watch workflow (.github/workflows/doc-watch.yml) does what docs/regenerating.md says:
 * daily and on demand, npm ci, doc-sync over every operation's fetched definition as JSON, the
 * report kept as an artifact, an issue opened with a token that may, the job failing on drift.
 * (Its steps run on GitHub; here only their shape is checked.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './scratch.js';

type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
const workflow = parse(readFileSync(join(REPO, '.github/workflows/doc-watch.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { watch: { steps: Step[] } };
};
const steps = workflow.jobs.watch.steps;
const runs = steps.map((s) => s.run ?? '').join('\n');

describe('doc-watch workflow', () => {
  it('runs daily and on demand, with read access to the code and write access to issues only', () => {
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect((workflow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
  });
  it('installs with npm ci, builds doc-sync, and compares every operation of the spec with its fetched definition', () => {
    expect(runs).toMatch(/^npm ci$/m);
    expect(runs).toContain('--filter=@hwc-workspace/doc-sync...');
    expect(runs).toMatch(/npm run -s doc-sync -- --fetch-all --json --save doc-watch\/definitions > doc-watch\/report\.json/);
  });
  it('keeps the report as an artifact, opens or updates an issue on drift, and fails', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))).toMatchObject({
      if: 'always()',
      with: { path: 'doc-watch/' },
    });
    const issue = steps.find((s) => s.run?.includes('gh issue create'))!;
    expect(issue.if).toBe("steps.sync.outputs.code == '1'");
    expect(issue.run).toContain('gh issue comment');
    expect(steps.at(-1)).toMatchObject({ if: "steps.sync.outputs.code != '0'", run: expect.stringContaining('exit 1') });
  });
});
