/**
 * doc-sync against hostile inputs and a hostile machine: a cache another user could plant into,
 * inputs that are not files (a FIFO, /dev/zero), page text with control characters and escape
 * sequences, titles without a Latin letter, drafts that clash or meet a symbolic link, and an
 * example nested 20,000 deep.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cacheDir } from '../src/cache.js';
import { draftOperationId } from '../src/draft.js';
import { run } from '../src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const CLI = join(HERE, '../dist/cli.js');
const CLEAN = readFileSync(join(FIXTURES, 'clean-page.txt'), 'utf8');
const NEW_PAGE = readFileSync(join(FIXTURES, 'new-pages/show-gizmo-job.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'doc-sync-hostile-'));
const CACHE_HOME = join(tmp, 'xdg-cache');
const saved = process.env.XDG_CACHE_HOME;
beforeAll(() => {
  process.env.XDG_CACHE_HOME = CACHE_HOME;
});
afterAll(() => {
  if (saved === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved;
});

const cli = (args: string[], cwd = tmp) =>
  spawnSync(process.execPath, [CLI, ...args, '--root', FIXTURES], {
    encoding: 'utf8',
    cwd,
    timeout: 30_000,
    env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME },
  });
const fresh = (name: string) => {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('the cache', () => {
  it('lives in the per-user cache directory (XDG, else ~/.cache), mode 0700', async () => {
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/hwc-doc-sync');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\.cache\/hwc-doc-sync$/);
    writeFileSync(join(tmp, 'page.txt'), CLEAN);
    expect((await run(['page.txt'], { root: FIXTURES, cwd: tmp, json: true })).code).toBe(0);
    const dir = join(CACHE_HOME, 'hwc-doc-sync');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not trust an entry whose content does not match its hash: a drifted page is still reported', async () => {
    const dir = join(CACHE_HOME, 'hwc-doc-sync');
    writeFileSync(join(tmp, 'page.txt'), CLEAN);
    await run(['page.txt'], { root: FIXTURES, cwd: tmp, json: true });
    const [entry] = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const file = join(dir, entry ?? '');
    const [hash, body] = [readFileSync(file, 'utf8').slice(0, 64), readFileSync(file, 'utf8').slice(65)];
    // Someone rewrites the model so that the page's drift would look known: the hash no longer matches.
    writeFileSync(file, `${hash}\n${body.replaceAll('2026-01-05 GMT+08:00', '2026-03-09 GMT+08:00')}`);
    writeFileSync(join(tmp, 'page.txt'), CLEAN.replace('Updated on 2026-01-05', 'Updated on 2026-03-09'));
    const r = await run(['page.txt'], { root: FIXTURES, cwd: tmp, json: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('updated-changed');
  });

  it('is not used when the directory is open to others or is a symbolic link', async () => {
    const home = fresh('open-cache');
    mkdirSync(join(home, 'hwc-doc-sync'), { mode: 0o777 });
    chmodSync(join(home, 'hwc-doc-sync'), 0o777);
    process.env.XDG_CACHE_HOME = home;
    writeFileSync(join(tmp, 'page.txt'), CLEAN);
    expect((await run(['page.txt'], { root: FIXTURES, cwd: tmp, json: true })).code).toBe(0);
    expect(readdirSync(join(home, 'hwc-doc-sync'))).toEqual([]);
    const linked = fresh('linked-cache');
    const elsewhere = fresh('elsewhere');
    chmodSync(elsewhere, 0o700);
    symlinkSync(elsewhere, join(linked, 'hwc-doc-sync'));
    process.env.XDG_CACHE_HOME = linked;
    expect((await run(['page.txt'], { root: FIXTURES, cwd: tmp, json: true })).code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    process.env.XDG_CACHE_HOME = CACHE_HOME;
  });
});

describe('inputs that are not regular files', () => {
  it('a FIFO is refused at once (exit 2), not read forever', () => {
    const fifo = join(tmp, 'page-fifo.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = cli([fifo]);
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/page-fifo\.txt:1: cannot read the file \(a FIFO, not a regular file/);
  });

  it('a link to /dev/zero is refused (exit 2), nothing is read', () => {
    const link = join(tmp, 'zero.txt');
    symlinkSync('/dev/zero', link);
    const r = cli([link]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/zero\.txt:1: cannot read the file \(a character device, not a regular file/);
  });

  it('a file over the size cap is refused (exit 2)', async () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024, 0x20));
    const r = await run([big], { root: FIXTURES, cwd: tmp, cache: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.txt:1: cannot read the file \(17825792 bytes; an input may have at most 16777216\)/);
  });
});

describe('control characters and escape sequences in pages', () => {
  const TITLE = 'Querying a Gizmo Job\r  post:\r    operationId: Hidden\u001b[2J\u001b]0;owned\u0007\u009b31m';
  const hostile = NEW_PAGE.replace('Jobs/ Querying a Gizmo Job', `Jobs/ ${TITLE}`).replace(
    'Tells how far',
    '\u001b[31mTells how far',
  );

  it('never reach the terminal', () => {
    writeFileSync(join(tmp, 'escapes.txt'), hostile);
    const r = cli(['escapes.txt']);
    expect(r.status).toBe(1);
    for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Querying a Gizmo Job');
  });

  it('never reach a draft: its header stays one comment line, and the YAML holds one operation', async () => {
    writeFileSync(join(tmp, 'escapes.txt'), hostile);
    const out = fresh('drafts-escapes');
    const r = await run(['escapes.txt'], { root: FIXTURES, cwd: tmp, json: true, draft: out, cache: false });
    expect(r.stderr).toBe('');
    const files = (JSON.parse(r.stdout) as { drafts: { files: string[] } }).drafts.files;
    for (const f of files) {
      const text = readFileSync(join(tmp, f), 'utf8');
      expect(text, f).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(text.split('\n')[0], f).toMatch(/^# DRAFT by doc-sync from "Querying a Gizmo Job post: operationId: Hidden/);
    }
    const path = parse(readFileSync(join(out, 'paths/show-gizmo-job.yaml'), 'utf8')) as Record<string, { operationId: string }>;
    expect(Object.keys(path)).toEqual(['get']);
    expect(path.get?.operationId).toBe('ShowGizmoJob');
  });
});

describe('draft names', () => {
  it('come from the API name, the title, or the method and path; never empty', () => {
    const page = { method: 'POST', uri: '/v2/{project_id}/gizmo-jobs/{job_id}/actions' };
    expect(draftOperationId({ ...page, apiName: 'RunGizmo', title: '运行' })).toEqual({
      operationId: 'RunGizmo',
      from: 'api-name',
    });
    expect(draftOperationId({ ...page, title: 'Running a Gizmo' })).toEqual({ operationId: 'RunningGizmo', from: 'title' });
    expect(draftOperationId({ ...page, title: '查询作业详情' })).toEqual({
      operationId: 'operation-post-v2-project-id-gizmo-jobs-job-id-actions',
      from: 'method-path',
    });
    expect(draftOperationId({ ...page, title: '2026 用' })).toEqual({
      operationId: 'operation-post-v2-project-id-gizmo-jobs-job-id-actions',
      from: 'method-path',
    });
  });

  it('a Chinese title without an API name gives operation-<method>-<path>, not operationId "" and paths/.yaml', async () => {
    writeFileSync(
      join(tmp, 'chinese.txt'),
      NEW_PAGE.replace('API name: ShowGizmoJob', '').replace('Jobs/ Querying a Gizmo Job', 'Jobs/ 查询作业详情'),
    );
    const out = fresh('drafts-chinese');
    const r = await run(['chinese.txt'], { root: FIXTURES, cwd: tmp, json: true, draft: out, cache: false });
    expect(r.stderr).toBe('');
    expect(readdirSync(join(out, 'paths'))).toEqual(['operation-get-v2-project-id-gizmo-jobs-job-id.yaml']);
    expect(readFileSync(join(out, 'paths/operation-get-v2-project-id-gizmo-jobs-job-id.yaml'), 'utf8')).toMatch(
      /operationId: operation-get-v2-project-id-gizmo-jobs-job-id\n/,
    );
  });
});

describe('writing drafts', () => {
  it('all or nothing: a clash on the second file leaves no first file', async () => {
    const out = fresh('drafts-clash');
    mkdirSync(join(out, 'schemas'));
    writeFileSync(join(out, 'schemas/show-gizmo-job.yaml'), 'mine\n');
    writeFileSync(join(tmp, 'new.txt'), NEW_PAGE);
    const r = await run(['new.txt'], { root: FIXTURES, cwd: tmp, draft: out, cache: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /schemas\/show-gizmo-job\.yaml exists already; the draft does not overwrite it; nothing was written/,
    );
    expect(existsSync(join(out, 'paths'))).toBe(false);
    expect(readFileSync(join(out, 'schemas/show-gizmo-job.yaml'), 'utf8')).toBe('mine\n');
  });

  it('never through a symbolic link, a dangling one included', async () => {
    const out = fresh('drafts-link');
    const victim = join(tmp, 'victim.yaml');
    mkdirSync(join(out, 'paths'));
    symlinkSync(victim, join(out, 'paths/show-gizmo-job.yaml'));
    writeFileSync(join(tmp, 'new.txt'), NEW_PAGE);
    const r = await run(['new.txt'], { root: FIXTURES, cwd: tmp, draft: out, cache: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /paths\/show-gizmo-job\.yaml is a symbolic link; the draft is not written through it; nothing was written/,
    );
    expect(existsSync(victim)).toBe(false);
    expect(lstatSync(join(out, 'paths/show-gizmo-job.yaml')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(out, 'schemas'))).toBe(false);
  });

  it('never into a directory that is a symbolic link', async () => {
    const out = fresh('drafts-dirlink');
    const elsewhere = fresh('drafts-elsewhere');
    symlinkSync(elsewhere, join(out, 'schemas'));
    writeFileSync(join(tmp, 'new.txt'), NEW_PAGE);
    const r = await run(['new.txt'], { root: FIXTURES, cwd: tmp, draft: out, cache: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/schemas is a symbolic link; the draft is not written through it/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('an example nested 20,000 deep', () => {
  it('is refused with the place and a clear reason, without a stack overflow', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    writeFileSync(join(tmp, 'deep.txt'), NEW_PAGE.replace('detail=true\n', `detail=true\n\n${deep}\n`));
    const r = await run(['deep.txt'], { root: FIXTURES, cwd: tmp, cache: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deep\.txt:\d+: example is nested more than 64 levels deep/);
  });
});
