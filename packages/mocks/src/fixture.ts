/** What the generator records of one operation for the mocks. */
export interface OperationFixture {
  readonly operationId: string;
  readonly methodName: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly path: string;
  /** The path in MSW syntax (`:p0` for each template variable). */
  readonly route: string;
  readonly discriminator: string | null;
  readonly requestExamples: Readonly<Record<string, unknown>>;
  /** The documented status a valid request is answered with (the generator's rule: first 2xx, `2XX`, then `default`); null when none. */
  readonly success: string | null;
  /**
   * By documented status as written (`200`, `2XX`, `default`): the media type answered and its
   * kind as the generator reads it (both null: no body), and the named examples.
   */
  readonly responses: Readonly<
    Record<
      string,
      {
        readonly description: string;
        readonly mediaType: string | null;
        readonly kind: 'json' | 'text' | 'binary' | null;
        readonly examples: Readonly<Record<string, unknown>>;
      }
    >
  >;
}
