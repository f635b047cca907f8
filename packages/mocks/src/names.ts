/** The spec's example names and documented statuses of each operation, as types, from the generated FixtureTypes. */
import type { FixtureTypes } from './generated/fixtures.js';

/** A method name of the client: `createOrder`, … */
export type MethodName = keyof FixtureTypes;

/** The names of the examples of an operation's documented success (2xx) answers. */
export type ExampleName<M extends MethodName = MethodName> = M extends MethodName ? FixtureTypes[M]['examples'] : never;

/** The error statuses (4xx, 5xx) an operation documents. */
export type ErrorStatus<M extends MethodName = MethodName> = M extends MethodName ? FixtureTypes[M]['errorStatus'] : never;
