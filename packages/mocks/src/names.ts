/** The spec's example names and documented statuses of each operation, as types, from the `as const` FIXTURES. */
import type { FIXTURES } from './generated/fixtures.js';

/** A method name of the client: `createOrder`, … */
export type MethodName = keyof typeof FIXTURES;
type Responses<M extends MethodName> = (typeof FIXTURES)[M]['responses'];

/** The names of the examples of an operation's documented success (2xx) answers. */
export type ExampleName<M extends MethodName = MethodName> = M extends MethodName
  ? { [S in keyof Responses<M>]: S extends `2${string}` ? (Responses<M>[S] extends { readonly examples: infer E } ? keyof E & string : never) : never }[keyof Responses<M>]
  : never;

/** The error statuses (4xx, 5xx) an operation documents. */
export type ErrorStatus<M extends MethodName = MethodName> = M extends MethodName
  ? { [S in keyof Responses<M>]: S extends `${4 | 5}${string}` ? (S extends `${infer N extends number}` ? N : never) : never }[keyof Responses<M>]
  : never;
