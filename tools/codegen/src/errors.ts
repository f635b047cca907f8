/** A problem in the spec, located by file:line or by JSON pointer into the bundled document. */
export class SpecError extends Error {
  readonly location: string;
  /** The message without its location. */
  readonly detail: string;
  constructor(location: string, message: string) {
    super(`${location}: ${message}`);
    this.name = 'SpecError';
    this.location = location;
    this.detail = message;
  }
}

/** Several spec problems found in one pass, reported together (a problem repeated at many places once, with its count). */
export class SpecErrors extends Error {
  readonly errors: readonly SpecError[];
  constructor(errors: readonly SpecError[]) {
    super(countRepeats(errors.map((e) => ({ location: e.location, detail: e.detail }))).join('\n'));
    this.name = 'SpecErrors';
    this.errors = errors;
  }
}

/** `place: problem` lines of warnings and errors: `file:line`, maybe ` #/pointer`, then `: `. */
const PLACED = /^(\S+:\d+(?: #\S*)?): ([\s\S]*)$/;

/**
 * Problems for people to read: one line per distinct problem, at its first place, with how many
 * places share it (`… (the same at 479 more places)`): a spec that repeats one bad example 480
 * times shows it once. Order is kept. Lines given as text are split at their place.
 */
export function countRepeats(problems: readonly (string | { readonly location: string; readonly detail: string })[]): string[] {
  const groups = new Map<string, { first: string; count: number }>();
  for (const p of problems) {
    const line = typeof p === 'string' ? p : `${p.location}: ${p.detail}`;
    const key = typeof p === 'string' ? (PLACED.exec(p)?.[2] ?? p) : p.detail;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: line, count: 1 });
  }
  return [...groups.values()].map(({ first, count }) =>
    count === 1 ? first : `${first} (the same at ${count - 1} more place${count === 2 ? '' : 's'})`,
  );
}
