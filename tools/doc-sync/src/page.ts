/** What a saved Help Center API page says, as parsed by parsePage. */
export interface Row {
  readonly name: string;
  /** Undefined for response tables, which have no Mandatory column. */
  readonly mandatory?: boolean;
  readonly type: string;
  readonly description: string;
  /** Line of the row's name in the page file (1-based). */
  readonly line: number;
}

export interface Table {
  /** Full title as printed, e.g. "Table 5 CreateDesktopReq". */
  readonly title: string;
  readonly line: number;
  readonly rows: readonly Row[];
  /** Whether the table is printed under "Request Parameters" (or the URI) or "Response Parameters". */
  readonly section: 'request' | 'response';
  /** For response tables: the "Status code: N" they are printed under. */
  readonly status?: number;
}

export interface Page {
  readonly title: string;
  readonly updated: string;
  readonly method: string;
  readonly uri: string;
  readonly iamAction?: string;
  /** The breadcrumb as printed ("Help Center/ …/ Title"). */
  readonly breadcrumb: string;
  /** The API name, where the page shows one ("API name: ShowJob"). */
  readonly apiName?: string;
  readonly tables: readonly Table[];
  readonly statuses: readonly { readonly code: number; readonly description: string }[];
  readonly requestExamples: readonly unknown[];
  readonly responseExamples: readonly { readonly status: number; readonly value: unknown }[];
}

/** A page that cannot be read, with the line where reading stopped. Exit code 2. */
export class PageError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'PageError';
  }
}
