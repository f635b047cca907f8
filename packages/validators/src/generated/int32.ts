// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// A verbatim copy of tools/codegen/src/runtime/int32.ts.
/**
 * int32 as OpenAPI defines it: an integer in [-2^31, 2^31 - 1]. The generator checks examples
 * with it; the generated formats module imports its verbatim copy (tools/codegen/src/runtime-copy.ts).
 */
export function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
}
