/** example(name) and error(status) take only the spec's example names and documented error statuses (checked by npm run typecheck). */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createWorkspaceHandlers, type ErrorStatus, type ExampleName } from '../src/index.js';

const handlers = createWorkspaceHandlers();

describe('typed helpers', () => {
  it('know the names and statuses of each operation', () => {
    expectTypeOf<ErrorStatus<'createDesktopOrder'>>().toEqualTypeOf<400 | 401 | 403 | 409 | 500>();
    expectTypeOf<ExampleName<'addDesktopSubResources'>>().toEqualTypeOf<'doc'>();
    expectTypeOf<'withJob'>().toExtend<ExampleName<'createOrder'>>();
    expect(handlers.createDesktopOrder.error(409)).toBeDefined();
    expect(handlers.createOrder.example('withJob')).toBeDefined();
  });

  it('refuse a typo at compile time, and at run time for untyped callers', () => {
    // @ts-expect-error 418 is not a documented status of CreateDesktopOrder
    expect(() => handlers.createDesktopOrder.error(418)).toThrow(/documents 400, 401, 403, 409, 500/);
    // @ts-expect-error 200 is a success, not an error status
    expect(() => handlers.createDesktopOrder.error(200)).toThrow();
    // @ts-expect-error no example is called "withjob" (it is "withJob")
    expect(() => handlers.createOrder.example('withjob')).toThrow(/Did you mean one of/);
  });
});
