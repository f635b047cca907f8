/**
 * The first toIssues, kept as the oracle for the linear one: it rescans every error for every
 * anyOf/oneOf error (quadratic), which is easy to read and was right on every case it saw.
 * Only its grouping is kept here; messages (alternativesIssue) and the final filtering (settle) come from the package.
 */
import { alternativesIssue, settle } from '../src/issues.js';
import type { AjvError, Issue } from '../src/types.js';

type Leaf = (e: AjvError, hints: Readonly<Record<string, string>>) => Issue;

function branchProperty(e: AjvError, base: string): string | undefined {
  if (e.keyword === 'required' && e.instancePath === base) return String(e.params.missingProperty);
  if (e.instancePath.startsWith(`${base}/`))
    return e.instancePath
      .slice(base.length + 1)
      .split('/')[0]
      ?.replace(/~1/g, '/')
      .replace(/~0/g, '~');
  return undefined;
}

export function referenceIssues(errors: readonly AjvError[], leaf: Leaf, hints: Readonly<Record<string, string>> = {}): Issue[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath);
  const issues: Issue[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (anyOfPaths.some((s) => e.schemaPath.startsWith(`${s}/`))) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const branches = new Map<string, Set<string>>();
      for (const b of errors) {
        if (!b.schemaPath.startsWith(`${e.schemaPath}/`)) continue;
        const index = b.schemaPath.slice(e.schemaPath.length + 1).split('/')[0] ?? '';
        const prop = branchProperty(b, e.instancePath);
        if (prop === undefined) continue;
        if (!branches.has(index)) branches.set(index, new Set());
        branches.get(index)?.add(prop);
      }
      issues.push(alternativesIssue(e, branches.values()));
      continue;
    }
    issues.push(leaf(e, hints));
  }
  return settle(issues);
}
