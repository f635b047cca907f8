/** Turns Ajv's raw errors into Issues: one per problem, at the pointer of the offending value. */
import type { AjvError, Issue } from './types.js';

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : String(values);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function message(e: AjvError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'dependentRequired':
      return `is required with ${String(p.property)}`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not allowed here (unknown property)';
    case 'enum':
      return `must be one of: ${list(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'multipleOf':
      return `must be a multiple of ${String(p.multipleOf)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'minLength':
      return `must be at least ${String(p.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters long`;
    case 'minItems':
      return `must have at least ${String(p.limit)} items`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'pattern':
    case 'linearPattern': // a pattern the generator enforces with a linear-time engine
      return `must match the pattern ${String(p.pattern)}`;
    case 'format':
      return `must be a valid ${String(p.format)}`;
    case 'type':
      return `must be ${String(p.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ')}`;
    case 'not':
      return 'is a combination the API does not allow';
    default:
      return e.message ?? `fails the "${e.keyword}" rule`;
  }
}

function pointerOf(e: AjvError): string {
  const child = e.keyword === 'required' || e.keyword === 'dependentRequired' ? e.params.missingProperty : e.keyword === 'additionalProperties' ? e.params.additionalProperty : e.keyword === 'unevaluatedProperties' ? e.params.unevaluatedProperty : undefined;
  return typeof child === 'string' ? `${e.instancePath}/${escapeToken(child)}` : e.instancePath;
}

/** The property a branch error is about, relative to the object the anyOf sits on. */
function branchProperty(e: AjvError, base: string): string | undefined {
  if (e.keyword === 'required' && e.instancePath === base) return String(e.params.missingProperty);
  if (e.instancePath.startsWith(`${base}/`)) return e.instancePath.slice(base.length + 1).split('/')[0]?.replace(/~1/g, '/').replace(/~0/g, '~');
  return undefined;
}

/**
 * `hints` maps a schema path (of a `not` keyword) to the spec's own wording of the rule.
 * anyOf failures collapse into one issue naming what each alternative needs; `if` failures
 * are dropped in favour of the `then` errors they come with; a discriminator failure is
 * reported only when nothing more specific is.
 */
export function toIssues(errors: readonly AjvError[], hints: Readonly<Record<string, string>> = {}): Issue[] {
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
      const options = [...branches.values()].map((s) => [...s].join(' + '));
      const text = options.length > 0 ? `must include one of: ${options.join(' | ')} (non-empty)` : 'must match one of the allowed alternatives';
      issues.push({ path: e.instancePath, message: text, keyword: e.keyword });
      continue;
    }
    const hint = e.keyword === 'not' ? hints[e.schemaPath] : undefined;
    issues.push({ path: pointerOf(e), message: hint ?? message(e), keyword: e.keyword === 'linearPattern' ? 'pattern' : e.keyword });
  }
  const specific = issues.filter((i) => i.keyword !== 'discriminator');
  const chosen = specific.length > 0 ? specific : issues;
  const seen = new Set<string>();
  return chosen.filter((i) => {
    const key = `${i.path}\u0000${i.keyword}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
