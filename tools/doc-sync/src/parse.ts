/**
 * Reads a saved Help Center API page in the text form of the seeds (each table cell on its own
 * line). Site menus, cookie banners and other languages around the article are skipped: the
 * article starts at the "Help Center/ …" breadcrumb and ends with the "Error Codes" section.
 */
import { type Page, PageError, type Row, type Table } from './page.js';

const TYPE = /^(String|Integer|Long|Boolean|Number|Float|Double|Object|Array of .+|.+ object)$/;
const SECTION =
  /^(Table \d+ .+|Request Parameters|Response Parameters|Status code: \d+|Example Requests|Example Responses|Status Codes|Error Codes|Function|URI|Debugging|Authorization Information)$/;

/** One line of a page: its text (trimmed) and its 1-based line number in the saved file. */
export interface Line {
  readonly text: string;
  readonly no: number;
}

/**
 * Finds where a JSON value ends, fed piece by piece: a tokenizer that knows strings and escapes
 * (`{"a": "}"}` is one value), so each character is looked at once however the text is split.
 */
export class JsonScanner {
  /** Deepest nesting of objects and arrays seen so far. */
  maxDepth = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  /** Index in `chunk` just after the value's end, or -1 when the value goes on. */
  feed(chunk: string): number {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
      } else if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) {
        this.depth++;
        if (this.depth > this.maxDepth) this.maxDepth = this.depth;
        this.started = true;
      } else if ((c === 0x7d || c === 0x5d) && this.started) {
        this.depth--;
        if (this.depth === 0) return i + 1;
      }
    }
    return -1;
  }
}

/** Deepest example read: Huawei's are a few levels deep; anything far deeper is refused before parsing. */
export const MAX_EXAMPLE_DEPTH = 64;

function extractJson(lines: readonly Line[], from: number): { value: unknown; end: number; line: number } | undefined {
  let i = from;
  while (i < lines.length && !lines[i]!.text.startsWith('{') && !lines[i]!.text.startsWith('[')) {
    if (SECTION.test(lines[i]!.text) || /^Status code: \d+$/.test(lines[i]!.text)) return undefined;
    i++;
  }
  if (i >= lines.length) return undefined;
  const scanner = new JsonScanner();
  const parts: string[] = [];
  for (let j = i; j < lines.length; j++) {
    const t = lines[j]!.text;
    const end = scanner.feed(`${t}\n`);
    if (scanner.maxDepth > MAX_EXAMPLE_DEPTH)
      throw new Error(
        `${lines[i]!.no}\u0000example is nested more than ${MAX_EXAMPLE_DEPTH} levels deep (objects and arrays); a page's example never is. Did the page save correctly?`,
      );
    if (end < 0) {
      parts.push(t);
      continue;
    }
    if (t.slice(end).trim() !== '')
      throw new Error(`${lines[i]!.no}\u0000example is not valid JSON: text after the value on line ${lines[j]!.no}`);
    parts.push(t);
    try {
      return { value: JSON.parse(parts.join('\n')), end: j + 1, line: lines[i]!.no };
    } catch (e) {
      throw new Error(`${lines[i]!.no}\u0000example is not valid JSON: ${(e as Error).message}`);
    }
  }
  throw new Error(`${lines[i]!.no}\u0000example JSON is cut short`);
}

function parseTable(
  lines: readonly Line[],
  start: number,
  file: string,
  section: 'request' | 'response',
  status: number | undefined,
): { table: Table; end: number } {
  const title = lines[start]!;
  const header = lines.slice(start + 1, start + 5).map((l) => l.text);
  const four = header[0] === 'Parameter' && header[1] === 'Mandatory' && header[2] === 'Type' && header[3] === 'Description';
  const three = header[0] === 'Parameter' && header[1] === 'Type' && header[2] === 'Description';
  if (!four && !three)
    throw new PageError(file, title.no, `"${title.text}" is not followed by a Parameter/Type/Description header`);
  let i = start + (four ? 5 : 4);
  const rows: Row[] = [];
  let current: { name: string; mandatory?: boolean; type: string; line: number; description: string[] } | undefined;
  const flush = () => {
    if (current)
      rows.push({
        name: current.name,
        ...(current.mandatory === undefined ? {} : { mandatory: current.mandatory }),
        type: current.type,
        description: current.description.join('\n'),
        line: current.line,
      });
  };
  while (i < lines.length && !SECTION.test(lines[i]!.text)) {
    const [a, b, c] = [lines[i]!, lines[i + 1], lines[i + 2]];
    const isRow = four
      ? /^[A-Za-z_][\w-]*$/.test(a.text) && /^(Yes|No)$/.test(b?.text ?? '') && TYPE.test(c?.text ?? '')
      : /^[A-Za-z_][\w-]*$/.test(a.text) && TYPE.test(b?.text ?? '');
    if (isRow) {
      flush();
      current = four
        ? { name: a.text, mandatory: b?.text === 'Yes', type: c?.text ?? '', line: a.no, description: [] }
        : { name: a.text, type: b?.text ?? '', line: a.no, description: [] };
      i += four ? 3 : 2;
      continue;
    }
    if (!current)
      throw new PageError(
        file,
        a.no,
        `row of "${title.text}" expected (name, ${four ? 'Yes/No, ' : ''}type), found "${a.text.slice(0, 60)}"`,
      );
    current.description.push(a.text);
    i++;
  }
  if (current && current.description.length === 0)
    throw new PageError(file, current.line, `table "${title.text}" is cut short: row ${current.name} has no description`);
  if (!current) throw new PageError(file, title.no, `table "${title.text}" has no rows`);
  flush();
  return { table: { title: title.text, line: title.no, rows, section, ...(status === undefined ? {} : { status }) }, end: i };
}

export function parsePage(text: string, file: string): Page {
  if (text.trim() === '') throw new PageError(file, 1, 'the file is empty; expected a saved Help Center API page');
  if (text.includes('\u0000')) throw new PageError(file, 1, 'the file is binary; expected a saved Help Center API page as text');
  const all = text.split(/\r?\n/);
  const lines: Line[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!.trim();
    if (t !== '') lines.push({ text: t.replace(/^•\s*/, '• '), no: i + 1 });
  }
  return parseLines(lines, file);
}

/** Reads a page from its non-empty lines (from a text copy, or from an HTML copy's DOM). */
export function parseLines(lines: readonly Line[], file: string): Page {
  if (lines.length === 0) throw new PageError(file, 1, 'the file is empty; expected a saved Help Center API page');
  const crumb = lines.findIndex((l) => l.text.startsWith('Help Center/'));
  if (crumb < 0) throw new PageError(file, 1, 'no "Help Center/ …" breadcrumb: this is not a Help Center API reference page');
  const breadcrumb = lines[crumb]!.text;
  const title = breadcrumb.split('/ ').pop()!.trim();
  const updatedLine = lines.slice(crumb, crumb + 4).find((l) => l.text.startsWith('Updated on '));
  if (!updatedLine) throw new PageError(file, lines[crumb]!.no, 'no "Updated on" date right after the breadcrumb');
  const uriAt = lines.findIndex((l, i) => i > crumb && l.text === 'URI');
  const uri = /^(GET|POST|PUT|DELETE|PATCH|HEAD) (\/\S+)$/.exec(lines[uriAt + 1]?.text ?? '');
  if (uriAt < 0 || !uri)
    throw new PageError(
      file,
      lines[uriAt]?.no ?? lines[crumb]!.no,
      'no "URI" section with a method and path: this is not an API reference page',
    );
  const end = lines.findIndex((l, i) => i > uriAt && l.text === 'Error Codes');
  const body = lines.slice(crumb, end < 0 ? undefined : end + 1);

  const iamStart = body.findIndex((l) => l.text === 'Authorization Information');
  const iamAction =
    iamStart >= 0
      ? body
          .slice(
            iamStart,
            body.findIndex((l) => l.text === 'URI'),
          )
          .find((l) => /^[a-z]+:[A-Za-z]+:[A-Za-z]+$/.test(l.text))?.text
      : undefined;
  // "API name: ShowJob", or "API name" with the name on the next line, before the URI.
  let apiName: string | undefined;
  for (let i = 0; i < body.length && body[i]!.text !== 'URI'; i++) {
    const m = /^API name\s*:?\s*([A-Za-z][A-Za-z0-9]*)?$/i.exec(body[i]!.text);
    if (!m) continue;
    apiName = m[1] ?? (/^[A-Za-z][A-Za-z0-9]*$/.test(body[i + 1]?.text ?? '') ? body[i + 1]!.text : undefined);
    break;
  }

  const tables: Table[] = [];
  const statuses: { code: number; description: string }[] = [];
  const requestExamples: unknown[] = [];
  const responseExamples: { status: number; value: unknown }[] = [];
  let section: 'request' | 'response' = 'request';
  let status: number | undefined;
  try {
    for (let i = 0; i < body.length; ) {
      const t = body[i]!.text;
      if (/^Table \d+ /.test(t)) {
        const { table, end: next } = parseTable(body, i, file, section, section === 'response' ? status : undefined);
        tables.push(table);
        i = next;
      } else if (t === 'Response Parameters') {
        section = 'response';
        i++;
      } else if (/^Status code: \d+$/.test(t)) {
        status = Number(t.slice('Status code: '.length));
        i++;
      } else if (t === 'Example Requests') {
        i++;
        while (i < body.length && body[i]!.text !== 'Example Responses' && body[i]!.text !== 'Status Codes') {
          const found = extractJson(body, i);
          if (!found) break;
          requestExamples.push(found.value);
          i = found.end;
        }
      } else if (t === 'Example Responses') {
        i++;
        while (i < body.length && /^Status code: \d+$/.test(body[i]!.text)) {
          const code = Number(body[i]!.text.slice('Status code: '.length));
          const found = extractJson(body, i + 1);
          if (!found) {
            // A status without a JSON example (a 204): go on to the next one.
            i++;
            while (i < body.length && !SECTION.test(body[i]!.text)) i++;
            continue;
          }
          responseExamples.push({ status: code, value: found.value });
          i = found.end;
        }
      } else if (t === 'Status Codes' && body[i + 1]?.text === 'Status Code') {
        i += 3;
        while (i < body.length && /^\d{3}$/.test(body[i]!.text)) {
          statuses.push({ code: Number(body[i]!.text), description: body[i + 1]?.text ?? '' });
          i += 2;
        }
      } else i++;
    }
  } catch (e) {
    if (e instanceof PageError) throw e;
    const [line, reason] = (e as Error).message.split('\u0000');
    throw new PageError(file, Number(line), reason ?? String(e));
  }
  if (tables.length === 0) throw new PageError(file, lines[uriAt]!.no, 'no parameter tables found after the URI');
  return {
    title,
    updated: updatedLine.text.slice('Updated on '.length),
    method: uri[1]!,
    uri: uri[2]!,
    breadcrumb,
    ...(iamAction ? { iamAction } : {}),
    ...(apiName ? { apiName } : {}),
    tables,
    statuses,
    requestExamples,
    responseExamples,
  };
}

/** Values a description lists as bullets (`• VALUE: …`) or as `VALUE: …;` pairs. */
export function proseEnum(description: string): string[] {
  const values = new Set<string>();
  for (const m of description.matchAll(/^• ([A-Za-z0-9_]+)\s*:/gm)) values.add(m[1]!);
  if (values.size === 0) {
    const pairs = [...description.matchAll(/(?:^|[.;:]\s)([A-Za-z][A-Za-z0-9]*|\d+): [a-z]/g)].map((m) => m[1]!);
    if (pairs.length >= 2) pairs.forEach((p) => values.add(p));
  }
  return [...values];
}
