import { http, type HttpHandler } from 'msw';
import { FIXTURES } from './generated/fixtures.js';
import type { OperationFixture } from './fixture.js';
import { handleOperation, jsonResponse } from './handle.js';
import { documentedStatuses, exampleOf } from './responses.js';

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

function operationMock(fixture: OperationFixture, url: string): OperationMock {
  return {
    handler: http.post(url, ({ request }) => handleOperation(fixture, request)),
    example: (name) => {
      const value = exampleOf(fixture, 200, name);
      return http.post(url, ({ request }) => handleOperation(fixture, request, () => jsonResponse(value, 200)));
    },
    error: (status) => {
      if (!documentedStatuses(fixture).includes(status) || status < 400) {
        throw new Error(`Failed to mock ${fixture.operationId} status ${status}: the spec documents ${documentedStatuses(fixture).filter((s) => s >= 400).join(', ')}. Did you pick a documented error status?`);
      }
      const value = exampleOf(fixture, status);
      return http.post(url, () => jsonResponse(value, status));
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
