/** Turns Ajv's raw errors into Issues: one per problem, at the pointer of the offending value. */
import type { AjvError, Issue } from './types.js';

/**
 * The most issues an error carries (the client's WorkspaceValidationError, the mock's 400
 * answer): the first ones, with the total beside them. A body with thousands of bad entries
 * still gets a small answer.
 */
export const MAX_REPORTED_ISSUES = 20;

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
  const child =
    e.keyword === 'required' || e.keyword === 'dependentRequired'
      ? e.params.missingProperty
      : e.keyword === 'additionalProperties'
        ? e.params.additionalProperty
        : e.keyword === 'unevaluatedProperties'
          ? e.params.unevaluatedProperty
          : undefined;
  return typeof child === 'string' ? `${e.instancePath}/${escapeToken(child)}` : e.instancePath;
}

/** The proper prefixes of a path that end before a `/`: `#/a/b` → `#`, `#/a`; `/x/y` → ``, `/x`. */
function prefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  return out;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

const isAlternatives = (e: AjvError) => e.keyword === 'anyOf' || e.keyword === 'oneOf';

/** The issue of an anyOf/oneOf error: the properties each branch would need (`a + b | c`), or a plain message when none is known. */
export function alternativesIssue(e: AjvError, branches: Iterable<ReadonlySet<string>>): Issue {
  const options = [...branches].map((s) => [...s].join(' + '));
  const message =
    options.length > 0 ? `must include one of: ${options.join(' | ')} (non-empty)` : 'must match one of the allowed alternatives';
  return { path: e.instancePath, message, keyword: e.keyword };
}

/** Each failed anyOf/oneOf, by schema path then instance path: branch index → the properties its errors are about. */
type Groups = Map<string, Map<string, Map<string, Set<string>>>>;

/** The failed anyOf/oneOf a schema path lies under, with the index of its branch there (memoised: schema paths repeat). */
type Within = readonly { readonly at: string; readonly index: string }[];
function withinOf(groups: Groups): (schemaPath: string) => Within {
  const memo = new Map<string, Within>();
  return (schemaPath) => {
    let found = memo.get(schemaPath);
    if (!found) {
      found = prefixes(schemaPath)
        .filter((at) => groups.has(at))
        .map((at) => ({ at, index: schemaPath.slice(at.length + 1).split('/')[0] ?? '' }));
      memo.set(schemaPath, found);
    }
    return found;
  };
}

/**
 * What each alternative of each failed anyOf/oneOf needs, in one pass over the errors: for the
 * anyOf at (schema path S, instance path I), branch index → the properties its errors are about
 * (relative to I), in the order the errors come. Each error is looked up only under the prefixes
 * of its own paths, so a body with thousands of failed alternatives costs time linear in its errors.
 * `groups` holds an empty entry for each failed anyOf/oneOf.
 */
function groupBranches(errors: readonly AjvError[], within: (schemaPath: string) => Within, groups: Groups): void {
  for (const b of errors) {
    const under = within(b.schemaPath);
    if (under.length === 0) continue;
    // A missing property is about the object itself; any other error about the first step below each ancestor.
    const bases = prefixes(b.instancePath);
    if (b.keyword === 'required') bases.push(b.instancePath);
    for (const { at, index } of under) {
      const byInstance = groups.get(at);
      for (const base of bases) {
        const branches = byInstance?.get(base);
        if (!branches) continue;
        const prop =
          base === b.instancePath
            ? String(b.params.missingProperty)
            : unescapeToken(b.instancePath.slice(base.length + 1).split('/')[0] ?? '');
        let props = branches.get(index);
        if (!props) branches.set(index, (props = new Set()));
        props.add(prop);
      }
    }
  }
}

/**
 * `hints` maps a schema path (of a `not` keyword) to the spec's own wording of the rule.
 * anyOf failures collapse into one issue naming what each alternative needs; `if` failures
 * are dropped in favour of the `then` errors they come with; a discriminator failure is
 * reported only when nothing more specific is. Time is linear in the number of errors.
 */
export function toIssues(errors: readonly AjvError[], hints: Readonly<Record<string, string>> = {}): Issue[] {
  const groups: Groups = new Map();
  for (const e of errors) {
    if (!isAlternatives(e)) continue;
    let byInstance = groups.get(e.schemaPath);
    if (!byInstance) groups.set(e.schemaPath, (byInstance = new Map()));
    byInstance.set(e.instancePath, new Map());
  }
  const within = withinOf(groups);
  if (groups.size > 0) groupBranches(errors, within, groups);
  const issues: Issue[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (groups.size > 0 && within(e.schemaPath).length > 0) continue;
    if (isAlternatives(e)) {
      issues.push(alternativesIssue(e, groups.get(e.schemaPath)?.get(e.instancePath)?.values() ?? []));
      continue;
    }
    const hint = e.keyword === 'not' ? hints[e.schemaPath] : undefined;
    issues.push({
      path: pointerOf(e),
      message: hint ?? message(e),
      keyword: e.keyword === 'linearPattern' ? 'pattern' : e.keyword,
    });
  }
  return settle(issues);
}

/** A discriminator issue only when nothing more specific was found; each issue once. */
export function settle(issues: readonly Issue[]): Issue[] {
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
