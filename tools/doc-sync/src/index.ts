export { parsePage, parseLines, proseEnum, JsonScanner, type Line } from './parse.js';
export { parseHtmlPage, htmlLines, looksLikeHtml } from './html.js';
export { draftPage, writeDrafts, addPathLines, type Draft, type DraftContext } from './draft.js';
export { PageError, type Page, type Table, type Row } from './page.js';
export { compare, pageType, impactOf, recorded, type Finding, type DriftKind, type Impact, type RecordedDifference } from './compare.js';
export { SpecIndex, formatPlace, type Place } from './locate.js';
export { run, type RunResult } from './run.js';
export { toText, toJson, summarize, summaryLine, type PageReport, type ImpactSummary } from './report.js';
