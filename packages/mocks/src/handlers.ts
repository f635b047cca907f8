import { http, HttpResponse, type HttpHandler } from 'msw';
import { validateRequest } from '@hwc-workspace/validators';
import type { OperationId } from '@hwc-workspace/types';
import { FIXTURES } from './generated/fixtures.js';
import type { OperationFixture } from './fixture.js';
import { documentedStatuses, exampleOf, invalidBodyError, nextRequestId } from './responses.js';

export interface WorkspaceHandlersOptions {
  /** Only answer requests to this base URL (default: any origin). */
  readonly baseUrl?: string;
}

/** Handlers of one operation: the default one, and ones pinned to an example or an error status. */
export interface OperationMock {
  /** Validates the body (400 when invalid), then answers 200 with the matching example. */
  readonly handler: HttpHandler;
  /** Answers 200 with the named response example, after validating the body. */
  example(name: string): HttpHandler;
  /** Answers the documented error status with its example body. */
  error(status: number): HttpHandler;
}

type MethodName = keyof typeof FIXTURES;
export type WorkspaceHandlers = HttpHandler[] & { readonly [M in MethodName]: OperationMock };

function json(body: unknown, status: number): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'X-Request-Id': nextRequestId() } });
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: JSON.parse(await request.text()) };
  } catch {
    return { ok: false };
  }
}

/** The 200 example for a valid body: the one named like the request's branch, else the first. */
function successFor(fixture: OperationFixture, body: unknown): unknown {
  const examples = fixture.responses['200']?.examples ?? {};
  const tag = fixture.discriminator && typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[fixture.discriminator] : undefined;
  return typeof tag === 'string' && tag in examples ? examples[tag] : exampleOf(fixture, 200);
}

function operationMock(fixture: OperationFixture, url: string): OperationMock {
  const respondValidated = (answer: (body: unknown) => Response) =>
    http.post(url, async ({ request }) => {
      const parsed = await readJson(request);
      if (!parsed.ok) return json({ error_code: 'WKS.0001', error_msg: 'The request body is not valid JSON.' }, 400);
      const result = validateRequest(fixture.operationId as OperationId, parsed.body);
      if (!result.ok) return json(invalidBodyError(result.issues), 400);
      return answer(parsed.body);
    });
  return {
    handler: respondValidated((body) => json(successFor(fixture, body), 200)),
    example: (name) => {
      const value = exampleOf(fixture, 200, name);
      return respondValidated(() => json(value, 200));
    },
    error: (status) => {
      if (!documentedStatuses(fixture).includes(status) || status < 400) {
        throw new Error(`Failed to mock ${fixture.operationId} status ${status}: the spec documents ${documentedStatuses(fixture).filter((s) => s >= 400).join(', ')}. Did you pick a documented error status?`);
      }
      const value = exampleOf(fixture, status);
      return http.post(url, () => json(value, status));
    },
  };
}

/**
 * MSW handlers for all four operations. The result is an array (spread it into `setupServer`)
 * that also carries each operation's mock by method name, e.g. `handlers.createOrder.error(409)`.
 */
export function createWorkspaceHandlers(options: WorkspaceHandlersOptions = {}): WorkspaceHandlers {
  const base = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*';
  const mocks = Object.fromEntries(
    Object.entries(FIXTURES).map(([name, fixture]) => [name, operationMock(fixture as OperationFixture, `${base}${fixture.route}`)]),
  ) as Record<MethodName, OperationMock>;
  return Object.assign(Object.values(mocks).map((m) => m.handler), mocks) as WorkspaceHandlers;
}
