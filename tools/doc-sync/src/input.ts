/**
 * One input's text to what doc-sync compares, recognised by content: an API Explorer definition
 * (a JSON object), an HTML page, or a text page. Files and fetched definitions go through here.
 */
import { type DefOperation, looksLikeDefinition, parseDefinition } from './definition.js';
import { looksLikeHtml, parseHtmlPage } from './html.js';
import type { Page } from './page.js';
import { parsePage } from './parse.js';

export interface Inputs {
  readonly pages: { file: string; page: Page }[];
  readonly operations: { file: string; op: DefOperation }[];
}

/** Adds what `text` holds to `into`; throws PageError (file:line: reason) on bad input. */
export function addInput(into: Inputs, text: string, shown: string, path = shown): void {
  if (looksLikeDefinition(text))
    for (const op of parseDefinition(text, shown).operations) into.operations.push({ file: shown, op });
  else
    into.pages.push({
      file: shown,
      page: looksLikeHtml(path, text) && !text.includes('\u0000') ? parseHtmlPage(text, shown) : parsePage(text, shown),
    });
}
