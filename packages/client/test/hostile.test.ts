/**
 * Hostile answers and hostile input, against local servers on different loopback addresses:
 * nothing follows a redirect, no credential reaches any message, what is validated is what is
 * sent, and no answer can fill memory.
 */
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createWorkspaceClient,
  WorkspaceConfigError,
  WorkspaceNetworkError,
  WorkspaceUnreadableAnswerError,
  WorkspaceValidationError,
} from '../src/index.js';
import { caught } from './caught.js';
import { serve } from './serve.js';

/** A recording server on one loopback address (redirect tests use two). */
const serveOn = (host: string, handler: Parameters<typeof serve>[0]) => serve(handler, { host });

const SECRET = 'SK-hostile-secret-0123456789';
const TOKEN = 'TOKEN-hostile-9876543210';
const BODY = { sub_resource_sku: 'sku', desktop_ids: ['d1'] };
/** Every way an error can be printed. */
const printed = (e: unknown) =>
  [String(e), (e as Error)?.stack ?? '', inspect(e, { depth: 5 }), JSON.stringify(e) ?? ''].join('\n');

const AUTHS = { token: { token: TOKEN }, aksk: { accessKey: 'AK', secretKey: SECRET, securityToken: TOKEN } };

describe('redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308].flatMap((status) => (['token', 'aksk'] as const).map((auth) => [status, auth] as const)))(
    '%i with %s: one request, nothing reaches the other host, a typed outcome naming it',
    async (status, auth) => {
      const other = await serveOn('127.0.0.2', (_q, res) =>
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"job_id":"stolen"}'),
      );
      const s = await serveOn('127.0.0.1', (_q, res) =>
        res.writeHead(status, { Location: `${other.url}/v2/p1/desktop/sub-resources` }).end(),
      );
      const result = await createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS[auth] }).addDesktopSubResources(
        BODY,
      );
      expect(result.error?.error_code).toBe('HWC.CLIENT.REDIRECT');
      expect(result.error?.error_msg).toContain(`${status} towards ${new URL(other.url).host}`);
      expect(s.seen).toHaveLength(1);
      expect(other.seen).toHaveLength(0);
    },
  );

  it('a redirect to the same URL sends the order once', async () => {
    const s = await serveOn('127.0.0.1', (req, res) => res.writeHead(307, { Location: req.url }).end());
    const result = await createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS.token }).addDesktopSubResources(
      BODY,
    );
    expect(result.error?.error_code).toBe('HWC.CLIENT.REDIRECT');
    expect(s.seen).toHaveLength(1);
  });
});

describe('credentials never reach a message', () => {
  it.each([
    ['token', { token: `${TOKEN}\r\nX-Evil: 1` }],
    ['security token', { accessKey: 'AK', secretKey: SECRET, securityToken: `${TOKEN}\n` }],
    ['access key', { accessKey: `AK\r\n${TOKEN}`, secretKey: SECRET }],
    ['secret key', { accessKey: 'AK', secretKey: `${SECRET}\u0000` }],
  ])('a %s with CR, LF or NUL is refused when the client is created, without echoing it', (_n, auth) => {
    let error: unknown;
    try {
      createWorkspaceClient({ endpoint: 'http://127.0.0.1:9', projectId: 'p1', auth: auth as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect(printed(error)).not.toContain(TOKEN);
    expect(printed(error)).not.toContain(SECRET);
  });

  it('an endpoint with a user name or password is refused, and the password is never shown', () => {
    let error: unknown;
    try {
      createWorkspaceClient({ endpoint: `https://admin:${SECRET}@proxy.example.test`, projectId: 'p1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkspaceConfigError);
    expect(printed(error)).not.toContain(SECRET);
  });

  it('a header the platform refuses, and a connection failure, carry no credential', async () => {
    const s = await serveOn('127.0.0.1', (q) => q.socket.destroy());
    const client = createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS.aksk });
    const refused = await caught(client.addDesktopSubResources(BODY, { headers: { 'X-Trace': `a\r\nb` } }));
    expect(refused).toBeInstanceOf(WorkspaceValidationError);
    const reset = await caught(client.addDesktopSubResources(BODY));
    expect(reset).toBeInstanceOf(WorkspaceNetworkError);
    for (const e of [refused, reset, client]) {
      expect(printed(e)).not.toContain(SECRET);
      expect(printed(e)).not.toContain(TOKEN);
      expect(printed(e)).not.toMatch(/Signature=[0-9a-f]{64}/);
    }
  });
});

describe('outcomes say whether anything left', () => {
  it('a refused connection: nothing was sent', async () => {
    const s = await serveOn('127.0.0.1', () => undefined);
    await new Promise((ok) => s.server.close(ok));
    const error = await caught(
      createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS.token }).addDesktopSubResources(BODY),
    );
    expect(error).toMatchObject({ name: 'WorkspaceNetworkError', mayHaveReachedService: false });
    expect((error as Error).message).toMatch(/Nothing was sent/);
  });

  it.each([['..'], ['.'], ['p\ud800'], ['p\r\n1']])('projectId %j is refused when the client is created', (projectId) => {
    expect(() => createWorkspaceClient({ endpoint: 'http://127.0.0.1:9', projectId })).toThrow(WorkspaceConfigError);
  });
});

describe('what is validated is what is sent', () => {
  it('a getter that changes between reads is read once: the checked value is the sent one', async () => {
    const s = await serveOn('127.0.0.1', (_q, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'));
    let reads = 0;
    const volume = {
      type: 'SAS',
      get size() {
        return reads++ === 0 ? 50 : 999_999;
      },
    };
    await createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS.token }).createOrder({
      type: 'addVolumes',
      resources: [{ add_volumes: { desktop_id: 'd', volumes: [volume] } }],
    } as never);
    expect(JSON.parse(s.seen[0]?.body ?? '{}').resources[0].add_volumes.volumes[0].size).toBe(50);
  });

  it('a toJSON on the prototype is applied before validation: an invalid result is refused, nothing sent', async () => {
    const s = await serveOn('127.0.0.1', (_q, res) => res.writeHead(200).end('{}'));
    const body = Object.create({ toJSON: () => ({ sub_resource_sku: 'sku', desktop_ids: 'not-an-array' }) }) as object;
    Object.assign(body, BODY);
    const error = await caught(
      createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS.token }).addDesktopSubResources(body as never),
    );
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    expect(s.seen).toHaveLength(0);
  });
});

describe('answers cannot fill memory', () => {
  const MB = 1024 * 1024;
  it('a 100 MB answer stops at maxResponseBytes, with little memory growth', async () => {
    const chunk = Buffer.alloc(MB, 0x20);
    const s = await serveOn('127.0.0.1', (_q, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      let sent = 0;
      const pump = () => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent < 100) res.once('drain', pump);
        else res.end();
      };
      res.socket?.on('close', () => (sent = 100));
      pump();
    });
    const before = process.memoryUsage().rss;
    const error = await caught(
      createWorkspaceClient({
        endpoint: s.url,
        projectId: 'p1',
        auth: AUTHS.token,
        maxResponseBytes: 2 * MB,
      }).addDesktopSubResources(BODY),
    );
    expect(error).toBeInstanceOf(WorkspaceUnreadableAnswerError);
    expect((error as Error).message).toMatch(/larger than 2097152 bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
  }, 30_000);

  it('a gzip bomb (about 100 kB inflating to 100 MB) stops at the cap after decompression', async () => {
    const bomb = gzipSync(Buffer.alloc(100 * MB, 0x20));
    const s = await serveOn('127.0.0.1', (_q, res) =>
      res.writeHead(500, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(bomb),
    );
    const before = process.memoryUsage().rss;
    const error = await caught(
      createWorkspaceClient({ endpoint: s.url, projectId: 'p1', auth: AUTHS.token }).addDesktopSubResources(BODY),
    );
    expect(error).toBeInstanceOf(WorkspaceNetworkError);
    expect((error as Error).message).toMatch(/larger than maxResponseBytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
    expect(bomb.length).toBeLessThan(MB);
  }, 30_000);
});
