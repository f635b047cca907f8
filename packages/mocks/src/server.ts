/**
 * A real HTTP mock of the Workspace API on node:http, answering like the MSW handlers,
 * with the gateway's authentication in front: X-Auth-Token presence, or a verified AK/SK signature.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequest } from '@hwc-workspace/client';
import { descriptorOf, jsonResponse } from './answer.js';
import { readBody } from './body.js';
import type { OperationFixture } from './fixture.js';
import { FIXTURES } from './generated/fixtures.js';
import { templatePattern } from './request.js';
import { createJobStory, type JobStoryOptions } from './story.js';

export interface MockServerOptions extends JobStoryOptions {
  readonly port?: number;
  readonly host?: string;
  /**
   * `false`: no checks. Otherwise a request needs an X-Auth-Token (any value, unless `tokens`
   * lists the accepted ones) or an AK/SK signature made with one of `accessKeys` (AK → SK).
   */
  readonly auth?: false | { readonly tokens?: readonly string[]; readonly accessKeys?: Readonly<Record<string, string>> };
  /** Larger request bodies get 413 before they are read (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** A request's headers must arrive within this time (default 10 000 ms). */
  readonly headersTimeoutMs?: number;
  /** The whole request must arrive within this time, or it gets 408 (default 30 000 ms). */
  readonly requestTimeoutMs?: number;
  /**
   * The project IAM's stand-in answers for any region: the server also answers the client's
   * project lookup, `GET /v3/projects?name=<region>` (authenticated like any request), with
   * `{ projects: [{ id, name: <region> }] }`, so it can be the `iamEndpoint` too (default
   * `0bec5db98280d2d02fd6c00c2de791ce`, the project of the spec's examples).
   */
  readonly projectId?: string;
}

/** Keystone's project listing, as Huawei's SDKs read it: `projects` of `{ id, name }`. */
const IAM_PROJECTS = '/v3/projects';

export interface MockServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const fixtures = Object.values(FIXTURES) as OperationFixture[];
const headerParams = fixtures.flatMap((f) =>
  descriptorOf(f)
    .parameters.filter((p) => p.in === 'header')
    .map((p) => p.name),
);

const CORS = {
  'Access-Control-Allow-Origin': '*',
  // The methods and header parameters the spec uses, and the gateway's own headers.
  'Access-Control-Allow-Methods': [...new Set([...fixtures.map((f) => f.method), 'OPTIONS'])].join(', '),
  'Access-Control-Allow-Headers': [
    ...new Set([
      'Content-Type',
      'X-Auth-Token',
      'X-Sdk-Date',
      'X-Project-Id',
      'X-Security-Token',
      'Authorization',
      ...headerParams,
    ]),
  ].join(', '),
  'Access-Control-Expose-Headers': 'X-Request-Id',
};

// Literal segments win over template variables: `/jobs/latest` before `/jobs/{job_id}`.
const routes = fixtures
  .map((fixture) => ({ fixture, pattern: templatePattern(fixture.path), variables: (fixture.path.match(/\{/g) ?? []).length }))
  .sort((a, b) => a.variables - b.variables || b.fixture.path.length - a.fixture.path.length);

function toRequest(req: IncomingMessage, url: URL, body: Uint8Array<ArrayBuffer>): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, { method: req.method, headers, ...(hasBody ? { body } : {}) });
}

/** An answer that also ends the connection: the rest of the request is not read. */
function refuse(status: number, error_code: string, error_msg: string): Response {
  const response = jsonResponse({ error_code, error_msg }, status);
  response.headers.set('Connection', 'close');
  return response;
}

async function authenticate(request: Request, body: Uint8Array, auth: MockServerOptions['auth']): Promise<Response | undefined> {
  if (auth === false) return undefined;
  const fail = (msg: string) =>
    jsonResponse({ error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${msg}` }, 401);
  if (request.headers.has('Authorization')) {
    const keys = auth?.accessKeys ?? {};
    // Own keys only: `Access=__proto__` or `Access=constructor` is an unknown key, not Object.prototype's member.
    const result = await verifyRequest(request, (ak) => (Object.hasOwn(keys, ak) ? keys[ak] : undefined), { body });
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

/**
 * Starts the mock on `host:port` (127.0.0.1, any free port by default). Orders answered with a
 * `job_id` start that job (RUNNING for `jobPolls` lookups, then final: see story.ts).
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const projectId = options.projectId ?? '0bec5db98280d2d02fd6c00c2de791ce';
  const story = createJobStory(options);
  let origin = '';
  /** Route, then size, then media type, then auth, then the operation: nothing is buffered before it is wanted. */
  const answer = async (req: IncomingMessage): Promise<Response> => {
    if (req.method === 'OPTIONS') return new Response(null, { status: 204 });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
      decodeURIComponent(url.pathname);
    } catch {
      return refuse(400, 'APIGW.0102', 'The request path is malformed (a bad percent escape).');
    }
    const route = routes.find((r) => r.fixture.method === req.method && r.pattern.test(url.pathname));
    const iam = req.method === 'GET' && url.pathname === IAM_PROJECTS;
    if (!route && !iam) return refuse(404, 'APIGW.0101', `The API does not exist: ${req.method} ${url.pathname}`);
    const read = await readBody(req, maxBodyBytes);
    if (!read.ok) return refuse(413, 'APIGW.0201', `The request body is larger than ${maxBodyBytes} bytes.`);
    const request = toRequest(req, url, read.body);
    const denied = await authenticate(request, read.body, options.auth);
    if (denied) return denied;
    if (!route) return jsonResponse({ projects: [{ id: projectId, name: url.searchParams.get('name') ?? '' }] }, 200);
    return story.answer(route.fixture, request);
  };
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  // Slow clients cannot hold a socket for long: headers within 10 s, the whole request within 30 s
  // (checked every second, not Node's default 30 s).
  const server = createServer(
    { requestTimeout, headersTimeout, connectionsCheckingInterval: Math.min(1_000, headersTimeout) },
    (req, res) => {
      answer(req)
        .catch((error: unknown) =>
          jsonResponse({ error_code: 'WKS.0000', error_msg: `Mock server failure: ${(error as Error).message}` }, 500),
        )
        .then((response) => respond(res, response))
        .catch(() => res.destroy());
    },
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      resolve({ url: origin, server, close: () => new Promise((ok) => server.close(() => ok())) });
    });
  });
}
