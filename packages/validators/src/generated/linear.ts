// This file is generated from spec/openapi.yaml by `npm run generate`. Do not edit it by hand:
// change the spec (or tools/codegen) and regenerate.
// A verbatim copy of tools/codegen/src/runtime/linear.ts.
/**
 * The linear-time engine for a spec pattern that a backtracking engine could take polynomial or
 * exponential time on (patterns.ts decides which, and writes the pattern in RE2's syntax). The
 * generator checks examples with it; the generated validators import their verbatim copy only
 * when a spec has such a pattern (tools/codegen/src/runtime-copy.ts).
 */
import { RE2JS } from 're2js';

const compiled = new Map<string, RE2JS>();

/** Whether `value` holds a match of the RE2 pattern `re2`, as `RegExp.prototype.test` answers for the spec's pattern. */
export function linearTest(re2: string, value: string): boolean {
  let re = compiled.get(re2);
  if (!re) {
    re = RE2JS.compile(re2);
    compiled.set(re2, re);
  }
  return re.test(value);
}
