/** The shape of Ajv's standalone validate functions, as far as this package uses it. */
export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** One operation's compiled validators, as emitted by the generator. */
export interface OperationValidators {
  readonly operationId: string;
  /** How the operation is called: `body` with its body alone (its only parameters are filled by the client); `input` with `{ path, query, headers, body }`. */
  readonly callShape: 'body' | 'input';
  /** The JSON request body's validator; undefined when there is no JSON body. */
  readonly request: CompiledValidator | undefined;
  /** The validator of `{ path, query, headers }`; undefined when the caller passes no parameters. */
  readonly parameters: CompiledValidator | undefined;
  /**
   * By documented status as written (`200`, `2XX`, `default`): the body's validator; `null` when the
   * status is documented without a body; `undefined` when its body is not JSON (not checked).
   */
  readonly responses: Readonly<Record<string, CompiledValidator | null | undefined>>;
  /** The spec's wording of `not` rules, by Ajv schema path, for readable messages. */
  readonly hints: Readonly<Record<string, string>>;
}

/** A problem in a body: where (RFC 6901 pointer into the body), what, and which JSON Schema keyword. */
export interface Issue {
  readonly path: string;
  readonly message: string;
  readonly keyword: string;
}
