export { parsePage, proseEnum } from './parse.js';
export { PageError, type Page, type Table, type Row } from './page.js';
export { compare, pageType, type Finding, type DriftKind } from './compare.js';
export { SpecIndex, formatPlace, type Place } from './locate.js';
export { run, type RunResult } from './run.js';
export { toText, toJson, type PageReport } from './report.js';
