/** A problem in the spec, located by file:line or by JSON pointer into the bundled document. */
export class SpecError extends Error {
  readonly location: string;
  constructor(location: string, message: string) {
    super(`${location}: ${message}`);
    this.name = 'SpecError';
    this.location = location;
  }
}

/** Several spec problems found in one pass, reported together. */
export class SpecErrors extends Error {
  readonly errors: readonly SpecError[];
  constructor(errors: readonly SpecError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'SpecErrors';
    this.errors = errors;
  }
}
