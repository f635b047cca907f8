export { type Annotation, annotationBounds, extensionBounds, parseAnnotations } from './annotations.js';
export {
  compare,
  type DriftKind,
  type Finding,
  type Impact,
  impactOf,
  pageType,
  type RecordedDifference,
  recorded,
} from './compare.js';
export { compareDefinition } from './compare-definition.js';
export {
  BOUNDS,
  type Definition,
  type DefOperation,
  type DefParameter,
  type DefResponse,
  type DefSchema,
  deref,
  flatten,
  looksLikeDefinition,
  parseDefinition,
  readSchema,
} from './definition.js';
export { addPathLines, type Draft, type DraftContext, draftPage, writeDrafts } from './draft.js';
export { type DefinitionDraftContext, draftDefinition, tagsByMethod } from './draft-definition.js';
export {
  checkOrigin,
  DEFAULT_ORIGIN,
  DEFAULT_REGION,
  definitionUrl,
  FetchError,
  type Fetched,
  type FetchOptions,
  fetchDefinitions,
} from './fetch.js';
export { htmlLines, looksLikeHtml, parseHtmlPage } from './html.js';
export { formatPlace, type Place, SpecIndex } from './locate.js';
export { type Page, PageError, type Row, type Table } from './page.js';
export { JsonScanner, type Line, parseLines, parsePage, proseEnum } from './parse.js';
export { type ImpactSummary, type PageReport, summarize, summaryLine, toJson, toText } from './report.js';
export { type RunOptions, type RunResult, run, USAGE } from './run.js';
