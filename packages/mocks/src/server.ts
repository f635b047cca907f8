/**
 * A real HTTP mock of the Workspace API on node:http, answering like the MSW handlers,
 * with the gateway's authentication in front: X-Auth-Token presence, or a verified AK/SK signature.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequest } from '@hwc-workspace/client';
import { FIXTURES } from './generated/fixtures.js';
import type { OperationFixture } from './fixture.js';
import { descriptorOf, handleOperation, jsonResponse } from './handle.js';
import { templatePattern } from './request.js';

export interface MockServerOptions {
  readonly port?: number;
  readonly host?: string;
  /**
   * `false`: no checks. Otherwise a request needs an X-Auth-Token (any value, unless `tokens`
   * lists the accepted ones) or an AK/SK signature made with one of `accessKeys` (AK → SK).
   */
  readonly auth?: false | { readonly tokens?: readonly string[]; readonly accessKeys?: Readonly<Record<string, string>> };
}

export interface MockServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const fixtures = Object.values(FIXTURES) as OperationFixture[];
const headerParams = fixtures.flatMap((f) => descriptorOf(f).parameters.filter((p) => p.in === 'header').map((p) => p.name));

const CORS = {
  'Access-Control-Allow-Origin': '*',
  // The methods and header parameters the spec uses, and the gateway's own headers.
  'Access-Control-Allow-Methods': [...new Set([...fixtures.map((f) => f.method), 'OPTIONS'])].join(', '),
  'Access-Control-Allow-Headers': [...new Set(['Content-Type', 'X-Auth-Token', 'X-Sdk-Date', 'X-Project-Id', 'X-Security-Token', 'Authorization', ...headerParams])].join(', '),
  'Access-Control-Expose-Headers': 'X-Request-Id',
};

// Literal segments win over template variables: `/jobs/latest` before `/jobs/{job_id}`.
const routes = fixtures
  .map((fixture) => ({ fixture, pattern: templatePattern(fixture.path), variables: (fixture.path.match(/\{/g) ?? []).length }))
  .sort((a, b) => a.variables - b.variables || b.fixture.path.length - a.fixture.path.length);

async function toRequest(req: IncomingMessage, origin: string): Promise<{ request: Request; body: Uint8Array }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = new Uint8Array(Buffer.concat(chunks));
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return { request: new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, ...(hasBody ? { body } : {}) }), body };
}

async function authenticate(request: Request, body: Uint8Array, auth: MockServerOptions['auth']): Promise<Response | undefined> {
  if (auth === false) return undefined;
  const fail = (msg: string) => jsonResponse({ error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${msg}` }, 401);
  if (request.headers.has('Authorization')) {
    const keys = auth?.accessKeys ?? {};
    const result = await verifyRequest(request, (ak) => keys[ak], { body });
    return result.ok ? undefined : fail(result.reason ?? 'verification failed');
  }
  const token = request.headers.get('X-Auth-Token');
  if (!token) return fail('neither X-Auth-Token nor an AK/SK signature was sent');
  if (auth?.tokens && !auth.tokens.includes(token)) return fail('the token is not valid');
  return undefined;
}

async function respond(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, { ...CORS, ...Object.fromEntries(response.headers) });
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Starts the mock on `host:port` (127.0.0.1, any free port by default). */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') return respond(res, new Response(null, { status: 204 }));
      const { request, body } = await toRequest(req, origin);
      const pathname = new URL(request.url).pathname;
      const route = routes.find((r) => r.fixture.method === request.method && r.pattern.test(pathname));
      if (!route) return respond(res, jsonResponse({ error_code: 'APIGW.0101', error_msg: `The API does not exist: ${req.method} ${new URL(request.url).pathname}` }, 404));
      const denied = await authenticate(request, body, options.auth);
      return respond(res, denied ?? (await handleOperation(route.fixture, request)));
    })().catch((error: unknown) => respond(res, jsonResponse({ error_code: 'WKS.0000', error_msg: `Mock server failure: ${(error as Error).message}` }, 500)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      resolve({ url: origin, server, close: () => new Promise((ok) => server.close(() => ok())) });
    });
  });
}
