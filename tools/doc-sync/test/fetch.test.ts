/**
 * --fetch / --fetch-all against a local node:http server standing in for API Explorer's detail
 * endpoint, serving our fixture definition and the ways that endpoint can fail: throttled
 * (APIGW.0308) answers, other error bodies, HTML, oversize answers, a hang, a redirect.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunOptions, run } from '../src/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const WIDGET = readFileSync(join(FIXTURES, 'definitions/CreateWidget.json'), 'utf8');
const THROTTLE_BODY = JSON.stringify({ error_code: 'APIGW.0308', error_msg: 'The request is throttled.' });

let server: Server;
let origin = '';
let seen: { name: string | null; region: string | null; product: string | null; headers: IncomingHttpHeaders; path: string }[] =
  [];
let throttles = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const name = url.searchParams.get('name');
    seen.push({
      name,
      region: url.searchParams.get('region_id'),
      product: url.searchParams.get('product_short'),
      headers: req.headers,
      path: url.pathname,
    });
    if (url.pathname !== '/apiexplorer/new/v4/apis/detail') return void res.writeHead(404).end();
    switch (name) {
      case 'CreateWidget':
        if (throttles > 0) {
          throttles--;
          return void res.writeHead(418, { 'content-type': 'application/json' }).end(THROTTLE_BODY);
        }
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(WIDGET);
      case 'Html':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Log in</title>');
      case 'Huge':
        return void res
          .writeHead(200, { 'content-type': 'application/json', 'content-length': String(200_000) })
          .end(`{"paths":{},"x":"${'a'.repeat(200_000 - 18)}"}`);
      case 'Endless': {
        // No declared length: counted as it arrives.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = 'a'.repeat(16_384);
        let sent = 0;
        const pump = () => {
          while (sent < 40 && res.write(sent === 0 ? `{"x":"${chunk}` : chunk)) sent++;
          if (sent < 40) res.once('drain', pump);
          else res.end('"}');
        };
        return void pump();
      }
      case 'Hang':
        return; // never answers
      case 'Gone':
        return void res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error_code: 'APIE.0404', error_msg: 'API not found' }));
      case 'Moved':
        return void res.writeHead(302, { location: 'https://example.test/login' }).end();
      case 'Plain':
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"total": 0}');
      default:
        return void res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen = [];
  throttles = 0;
});

const sleeps: number[] = [];
const fetchRun = (names: string[] | 'all', extra: Partial<NonNullable<RunOptions['fetch']>> = {}, json = true) => {
  sleeps.length = 0;
  return run([], {
    root: FIXTURES,
    cwd: tmpdir(),
    spec: 'def-spec/openapi.yaml',
    json,
    fetch: {
      names,
      origin,
      paceMs: 50,
      timeoutMs: 300,
      maxBytes: 100_000,
      retries: 3,
      sleep: async (ms) => void sleeps.push(ms),
      ...extra,
    },
  });
};
const oneLine = (stderr: string) => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
};

describe('--fetch', () => {
  it('downloads a definition with a plain GET (no credentials) and compares it: exit 0', async () => {
    const r = await fetchRun(['CreateWidget']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pages).toEqual([
      expect.objectContaining({ file: 'CreateWidget (API Explorer)', operationId: 'CreateWidget', findings: [] }),
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      path: '/apiexplorer/new/v4/apis/detail',
      product: 'Workspace',
      name: 'CreateWidget',
      region: 'cn-north-4',
    });
    expect(Object.keys(seen[0]!.headers).filter((h) => /auth|cookie|token|x-sdk/i.test(h))).toEqual([]);
  });

  it('asks for the region given', async () => {
    await fetchRun(['CreateWidget'], { region: 'ap-southeast-1' });
    expect(seen[0]!.region).toBe('ap-southeast-1');
  });

  it('paces requests: a pause before every request after the first', async () => {
    const r = await fetchRun(['CreateWidget', 'CreateWidget', 'CreateWidget']);
    expect(r.code).toBe(0);
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([50, 50]);
  });

  it('retries throttled answers (APIGW.0308) after growing pauses, then goes on', async () => {
    throttles = 2;
    const r = await fetchRun(['CreateWidget']);
    expect(r.code).toBe(0);
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('gives up after the retries: one line, exit 2', async () => {
    throttles = 100;
    const r = await fetchRun(['CreateWidget']);
    expect(r.code).toBe(2);
    expect(seen).toHaveLength(4);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(
      /^doc-sync: Failed to fetch the definition of CreateWidget from http:\/\/127\.0\.0\.1:\d+\/apiexplorer\/new\/v4\/apis\/detail\?product_short=Workspace&name=CreateWidget&region_id=cn-north-4: still throttled \(error_code APIGW\.0308\) after 3 retries\. Did you/,
    );
  });

  const FAILURES: [string, RegExp][] = [
    [
      'Html',
      /Html from .*: the answer \(status 200, text\/html\) is not JSON: "<!doctype html><title>Log in<\/title>"\. Did the endpoint move\?/,
    ],
    ['Huge', /Huge from .*: the answer is 200000 bytes, more than the 100000 bytes a definition may take\./],
    ['Endless', /Endless from .*: the answer is more than the 100000 bytes a definition may take\./],
    ['Hang', /Hang from .*: no answer within 300 ms\./],
    ['Gone', /Gone from .*: the server answered 404 with error_code APIE\.0404: API not found\. Did you spell the operation/],
    ['Moved', /Moved from .*: the server redirected \(302\) to https:\/\/example\.test\/login; doc-sync follows no redirect\./],
    ['Plain', /Plain from .*: the answer is JSON but no API definition \(no "paths"\)\./],
  ];
  it.each(FAILURES)('%s: one line naming the operation and the URL, exit 2, nothing retried', async (name, message) => {
    const r = await fetchRun([name]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneLine(r.stderr);
    expect(r.stderr).toMatch(message);
    expect(seen).toHaveLength(1);
  });

  it('a refused connection: one line, exit 2', async () => {
    const r = await run([], {
      root: FIXTURES,
      cwd: tmpdir(),
      spec: 'def-spec/openapi.yaml',
      fetch: { names: ['CreateWidget'], origin: 'http://127.0.0.1:1' },
    });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(
      /^doc-sync: Failed to fetch the definition of CreateWidget from http:\/\/127\.0\.0\.1:1\/.*: fetch failed \(.+\)\. Did you/,
    );
  });

  it('refuses names that are not operation names, a bad region or origin, before any request', async () => {
    for (const [extra, names, message] of [
      [{}, ['../etc/passwd'], /Failed to fetch "\.\.\/etc\/passwd": an operation name is an identifier/],
      [{ region: 'north pole' }, ['CreateWidget'], /Failed to use --region north pole: not a region ID/],
      [
        { origin: `${origin}/apiexplorer` },
        ['CreateWidget'],
        /Failed to use --fetch-base .*: an origin is http\(s\):\/\/host\[:port\] with nothing after it/,
      ],
    ] as const) {
      const r = await run([], {
        root: FIXTURES,
        cwd: tmpdir(),
        spec: 'def-spec/openapi.yaml',
        fetch: { names: [...names], origin, ...extra },
      });
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(message);
    }
    expect(seen).toEqual([]);
  });
});

describe('--fetch-all and --save', () => {
  it('--fetch-all downloads every operation of the spec; --save keeps each as <Name>.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-sync-save-'));
    const r = await fetchRun('all', { save: dir });
    expect(r.code).toBe(0);
    expect(seen.map((s) => s.name)).toEqual(['CreateWidget']);
    expect(readdirSync(dir)).toEqual(['CreateWidget.json']);
    expect(readFileSync(join(dir, 'CreateWidget.json'), 'utf8')).toBe(WIDGET);
    expect(JSON.parse(r.stdout).pages[0].file).toMatch(/CreateWidget\.json$/);
  });
});

describe('the command line', () => {
  // Asynchronous: the server answering it runs in this process.
  const cli = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [join(HERE, '../dist/cli.js'), '--root', FIXTURES, '--spec', 'def-spec/openapi.yaml', ...args],
        { encoding: 'utf8' },
        (e, stdout, stderr) => done({ status: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout, stderr }),
      );
    });
  it('takes --fetch <names> --fetch-base <origin> --json', async () => {
    const r = await cli('--fetch', 'CreateWidget', '--fetch-base', origin, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).drift).toBe(false);
  });
  it.each([
    [['--fetch'], /--fetch needs the names/],
    [['--fetch-all', 'CreateWidget'], /--fetch-all takes no names/],
    [['--fetch', 'A', '--fetch-all'], /give one of them/],
    [['--save', 'x', 'page.txt'], /go with --fetch or --fetch-all/],
  ])('%j: usage error, exit 2', async (args, message) => {
    const r = await cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage:');
  });
});
