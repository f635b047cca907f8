/** The MSW handlers: one per operation (any method), each answering through answer.ts. */
import { type HttpHandler, http } from 'msw';
import { documentedResponse, handleOperation } from './answer.js';
import type { OperationFixture } from './fixture.js';
import { FIXTURES } from './generated/fixtures.js';
import type { ErrorStatus, ExampleName, MethodName } from './names.js';
import { documentedStatuses, exampleOf, successStatus } from './responses.js';
import { createJobStory, type JobStory } from './story.js';

export interface WorkspaceHandlersOptions {
  /** Only answer requests to this base URL (default: any origin). */
  readonly baseUrl?: string;
  /** How many lookups of a job an order created answer RUNNING before its final status (default 2). */
  readonly jobPolls?: number;
}

/** Handlers of one operation: the default one, and ones pinned to an example or an error status. */
export interface OperationMock<M extends MethodName = MethodName> {
  /** Validates parameters and body (400 when invalid), then answers the documented success with the matching example. */
  readonly handler: HttpHandler;
  /** Answers the documented success with the named response example, after validating the request. */
  example(name: ExampleName<M>): HttpHandler;
  /** Answers the documented error status with its example body. */
  error(status: ErrorStatus<M>): HttpHandler;
}

export type WorkspaceHandlers = HttpHandler[] & { readonly [M in MethodName]: OperationMock<M> };

/** MSW's handler factory for an HTTP method. */
function route(method: string): typeof http.get {
  const factories: Record<string, typeof http.get> = {
    GET: http.get,
    HEAD: http.head,
    POST: http.post,
    PUT: http.put,
    PATCH: http.patch,
    DELETE: http.delete,
  };
  const factory = factories[method];
  if (!factory)
    throw new Error(`Failed to mock ${method} requests: MSW has no handler for this method. Did the spec use OPTIONS or TRACE?`);
  return factory;
}

function operationMock(fixture: OperationFixture, url: string, story: JobStory): OperationMock {
  const on = route(fixture.method);
  return {
    handler: on(url, ({ request }) => story.answer(fixture, request)),
    example: (name) => {
      const status = successStatus(fixture);
      const value = exampleOf(fixture, status, name);
      return on(url, ({ request }) => story.answer(fixture, request, () => documentedResponse(fixture, status, value)));
    },
    error: (status) => {
      if (!documentedStatuses(fixture).includes(status) || status < 400) {
        throw new Error(
          `Failed to mock ${fixture.operationId} status ${status}: the spec documents ${documentedStatuses(fixture)
            .filter((s) => s >= 400)
            .join(', ')}. Did you pick a documented error status?`,
        );
      }
      const value = exampleOf(fixture, status);
      return on(url, () => documentedResponse(fixture, String(status), value));
    },
  };
}

/**
 * MSW handlers for every operation of the spec. Orders answered with a `job_id` start that job:
 * the job lookup reports it RUNNING `jobPolls` times, then final (see story.ts). The result is an array (spread it into `setupServer`)
 * that also carries each operation's mock by method name, e.g. `handlers.createOrder.error(409)`.
 */
export function createWorkspaceHandlers(options: WorkspaceHandlersOptions = {}): WorkspaceHandlers {
  const base = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*';
  const story = createJobStory(options);
  const mocks = Object.fromEntries(
    // Widened: a spec without operations makes FIXTURES `{}`, whose entries would be `unknown`.
    Object.entries(FIXTURES as Readonly<Record<string, OperationFixture>>).map(([name, fixture]) => [
      name,
      operationMock(fixture, `${base}${fixture.route}`, story),
    ]),
  ) as Record<string, OperationMock>;
  return Object.assign(
    Object.values(mocks).map((m) => m.handler),
    mocks,
  ) as unknown as WorkspaceHandlers;
}
