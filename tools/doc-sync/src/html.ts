/**
 * Reads a Help Center page saved from the browser as HTML. htmlparser2 builds the DOM (forgiving
 * with the broken markup a "Save page as" produces, fast, and streaming-capable); the article is
 * flattened into the same lines the text copy has — breadcrumb, "Updated on", headings, the URI,
 * each table's caption, header cells and cells, list items as "• …", code blocks line by line —
 * and parseLines turns them into the same page model. Line numbers are the HTML file's.
 */
import { parseDocument } from 'htmlparser2';
import { type Page, PageError } from './page.js';
import { type Line, parseLines } from './parse.js';

interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: readonly DomNode[];
  readonly startIndex: number | null;
}

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'input']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'br',
  'hr',
  'blockquote',
  'figure',
  'figcaption',
  'body',
  'html',
]);

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' || SKIP.has(node.name ?? '')) return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The lines of an HTML page, in document order. */
export function htmlLines(html: string): Line[] {
  // Newline offsets, for the line number of any node (binary search: linear in the page overall).
  const breaks: number[] = [];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) breaks.push(i);
  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const lines: Line[] = [];
  let buf: string[] = [];
  let bufStart = 0;
  const flush = () => {
    const text = buf.join('').replace(/\s+/g, ' ').trim().replace(/^•\s*/, '• ');
    if (text) lines.push({ text, no: lineAt(bufStart) });
    buf = [];
  };
  const walk = (node: DomNode): void => {
    if (node.type === 'text') {
      if (buf.length === 0) bufStart = node.startIndex ?? 0;
      buf.push(node.data ?? '');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (SKIP.has(name)) return;
    const cls = node.attribs?.class ?? '';
    if (/crumb/i.test(cls)) {
      // The breadcrumb's links and separators become the text copy's "Help Center/ A/ B" line.
      flush();
      const parts: string[] = [];
      const leaves = (n: DomNode): void => {
        if (n.type === 'text') {
          const t = (n.data ?? '').replace(/\s+/g, ' ').trim();
          if (t && !/^[/>›»|]+$/.test(t)) parts.push(t.replace(/^\/\s*|\s*\/$/g, ''));
        } else if (n.type === 'tag' && !SKIP.has(n.name ?? '')) (n.children ?? []).forEach(leaves);
      };
      leaves(node);
      if (parts.length > 0) lines.push({ text: parts.join('/ '), no: lineAt(node.startIndex ?? 0) });
      return;
    }
    if (name === 'pre') {
      flush();
      const raw = textOf(node);
      const first = (node.children ?? []).find((c) => c.startIndex !== null);
      let no = lineAt(first?.startIndex ?? node.startIndex ?? 0);
      for (const l of raw.split(/\r?\n/)) {
        if (l.trim()) lines.push({ text: l.trim(), no });
        no++;
      }
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'li') {
      bufStart = node.startIndex ?? 0;
      buf.push('• ');
    }
    for (const c of node.children ?? []) walk(c);
    if (block) flush();
  };
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: false }) as unknown as DomNode;
  walk(doc);
  flush();
  return lines;
}

export function parseHtmlPage(html: string, file: string): Page {
  if (html.trim() === '') throw new PageError(file, 1, 'the file is empty; expected a saved Help Center API page');
  return parseLines(htmlLines(html), file);
}

/** Whether a file's text is HTML (by name, or by its first tag). */
export function looksLikeHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}
