/** What the generator records of one operation for the mocks. */
export interface OperationFixture {
  readonly operationId: string;
  readonly methodName: string;
  readonly method: string;
  readonly path: string;
  /** The path in MSW syntax (`:project_id`). */
  readonly route: string;
  readonly discriminator: string | null;
  readonly requestExamples: Readonly<Record<string, unknown>>;
  readonly responses: Readonly<Record<string, { readonly description: string; readonly examples: Readonly<Record<string, unknown>> }>>;
}
