/**
 * Drafts for pages whose method + URI the spec does not have: a path file (and a schema file)
 * in the spec's layout, written so that `spec/` takes them unedited once openapi.yaml lists the
 * path, and the lines to add to openapi.yaml. What the page does not say plainly is marked
 * `x-draft-todo` for the reviewer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Page, Row, Table } from './page.js';
import { proseEnum } from './parse.js';
import { oneLine, printable, printableDeep } from './printable.js';
import { writeAllOrNothing } from './safe-fs.js';

type Json = Record<string, unknown>;

/** Shared error responses of spec/responses.yaml, by status. */
export const SHARED_ERRORS: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  500: 'InternalServerError',
};

export interface DraftContext {
  /** The spec directory (holds openapi.yaml, responses.yaml, parameters.yaml). */
  readonly specDir: string;
  /** Component schema names the spec already has (a draft schema must not clash with them). */
  readonly schemaNames: ReadonlySet<string>;
  /** operationIds the spec already has. */
  readonly operationIds: ReadonlySet<string>;
}

export interface Draft {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Files to write, relative to the draft directory. */
  readonly files: ReadonlyMap<string, string>;
  /** What the reviewer must look at (also in x-draft-todo). */
  readonly todo: readonly string[];
  /** Error tables the shared ErrorResponse should list in its x-doc-table. */
  readonly errorTables: readonly string[];
}

const pascal = (words: string): string =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !/^(a|an|the|of|for|to|and|or)$/i.test(w))
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
export const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** The name a table's own title gives it ("Table 4 GizmoEntity" → GizmoEntity), when it names a type. */
function tableTypeName(table: Table): string | undefined {
  const rest = table.title.replace(/^Table \d+\s+/, '');
  return /^[A-Za-z][A-Za-z0-9]*$/.test(rest) ? rest : undefined;
}

/** Bounds the prose states: "1 to 64 characters" (strings), "Value range: 1 to 100" (numbers). */
function bounds(row: Row, type: string): Json {
  if (type === 'string') {
    const m = /(\d+) to (\d+) characters/.exec(row.description);
    return m ? { minLength: Number(m[1]), maxLength: Number(m[2]) } : {};
  }
  if (type === 'integer' || type === 'number') {
    const m = /(?:[Vv]alue range|[Rr]ange)\s*:?\s*(-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)/.exec(row.description);
    return m ? { minimum: Number(m[1]), maximum: Number(m[2]) } : {};
  }
  return {};
}

function scalar(type: string): Json | undefined {
  const t = type.replace(/s$/, '').toLowerCase();
  return (
    {
      string: { type: 'string' },
      integer: { type: 'integer', format: 'int32' },
      long: { type: 'integer', format: 'int64' },
      boolean: { type: 'boolean' },
      number: { type: 'number' },
      float: { type: 'number', format: 'float' },
      double: { type: 'number', format: 'double' },
      object: { type: 'object' },
    } as Record<string, Json>
  )[t];
}

/**
 * The operationId of a draft: the page's API name, else its title in PascalCase when that gives
 * an identifier, else `operation-<method>-<path>` (a title in Chinese gives no letters to use,
 * and nothing is transliterated).
 */
export function draftOperationId(page: Pick<Page, 'apiName' | 'title' | 'method' | 'uri'>): {
  operationId: string;
  from: 'api-name' | 'title' | 'method-path';
} {
  if (page.apiName && /^[A-Za-z][A-Za-z0-9_]*$/.test(page.apiName)) return { operationId: page.apiName, from: 'api-name' };
  const fromTitle = pascal(page.title);
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(fromTitle)) return { operationId: fromTitle, from: 'title' };
  const words = `${page.method} ${page.uri}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return { operationId: ['operation', ...words].join('-'), from: 'method-path' };
}

export function draftPage(original: Page, ctx: DraftContext): Draft {
  // Nothing of the page reaches YAML with a control character or an escape sequence in it.
  const page = printableDeep(original);
  const todo: string[] = [];
  const { operationId, from } = draftOperationId(page);
  if (from === 'title') todo.push(`operationId ${operationId} comes from the page title: the page shows no API name`);
  if (from === 'method-path')
    todo.push(
      `operationId ${operationId} comes from the method and path: the page shows no API name and its title gives none; rename it`,
    );
  if (ctx.operationIds.has(operationId)) todo.push(`operationId ${operationId} is already used in the spec: rename one`);
  const fileBase = kebab(operationId);
  const schemaFile = `schemas/${fileBase}.yaml`;
  const docTable = (table: Table) => [{ page: operationId, table: table.title }];

  // Names of the schemas the page's tables become.
  const names = new Map<Table, string>();
  const taken = new Set(ctx.schemaNames);
  const claim = (want: string) => {
    const name = taken.has(want) ? `${operationId}${want}` : want;
    taken.add(name);
    return name;
  };
  const typeTables = new Map<string, Table>();
  for (const t of page.tables) {
    const own = tableTypeName(t);
    if (own) typeTables.set(own, t);
  }
  const isParams = (t: Table) => /path parameters|query parameters|header parameters/i.test(t.title);
  const successTables = page.tables.filter(
    (t) => t.section === 'response' && /response body parameters/i.test(t.title) && (t.status ?? 200) < 300,
  );
  const errorTables = page.tables.filter(
    (t) => t.section === 'response' && /response body parameters/i.test(t.title) && (t.status ?? 200) >= 300,
  );
  for (const t of page.tables) {
    if (isParams(t) || errorTables.includes(t)) continue;
    if (t.section === 'request' && /request body parameters/i.test(t.title)) names.set(t, claim(`${operationId}Request`));
    else if (successTables.includes(t))
      names.set(t, claim(successTables.length > 1 ? `${operationId}Response${t.status ?? ''}` : `${operationId}Response`));
    else names.set(t, claim(tableTypeName(t) ?? `${operationId}${pascal(t.title.replace(/^Table \d+\s+/, ''))}`));
  }

  const rowSchema = (row: Row, where: string): Json => {
    const type = row.type;
    let schema: Json | undefined;
    const object = /^(?:Array of )?(\w+) objects?$/.exec(type);
    if (object && typeTables.has(object[1]!)) {
      const ref = { $ref: `#/${names.get(typeTables.get(object[1]!)!)}` };
      schema = type.startsWith('Array of') ? { type: 'array', items: ref } : ref;
    } else if (type.startsWith('Array of ')) {
      const item = scalar(type.slice('Array of '.length));
      schema = item ? { type: 'array', items: item } : undefined;
    } else schema = scalar(type);
    if (!schema) {
      todo.push(`${where}: type "${type}" names no table on the page`);
      return { 'x-draft-todo': `type "${type}" names no table on the page: write its schema` };
    }
    const base = schema.type === 'array' ? (schema.items as Json) : schema;
    const values = proseEnum(row.description);
    if (values.length > 0 && typeof base.type === 'string' && base.type !== 'object') {
      const typed = base.type === 'integer' || base.type === 'number' ? values.map(Number) : values;
      if (typed.every((v) => typeof v === 'string' || Number.isFinite(v))) Object.assign(base, { enum: typed });
      else todo.push(`${where}: the values ${values.join(', ')} do not fit type ${String(base.type)}`);
    }
    if (typeof base.type === 'string') Object.assign(base, bounds(row, base.type));
    return schema;
  };

  // Schemas: one per body table and per named table.
  const schemas: Record<string, Json> = {};
  for (const [t, name] of names) {
    const props: Json = {};
    for (const r of t.rows) props[r.name] = rowSchema(r, `${t.title} ${r.name}`);
    const required = t.rows.filter((r) => r.mandatory).map((r) => r.name);
    schemas[name] = {
      type: 'object',
      ...(t.section === 'request' ? { additionalProperties: false } : {}),
      'x-doc-table': docTable(t),
      ...(required.length ? { required } : {}),
      properties: props,
    };
  }
  if (names.size > 0)
    todo.push(
      `${schemaFile}: describe each field in your own words (the draft copies names, types, bounds and enum values only)`,
    );

  // Parameters from the path, query and header tables, inline on the operation.
  const parameters: Json[] = [];
  for (const t of page.tables.filter(isParams)) {
    const where = /path/i.test(t.title) ? 'path' : /query/i.test(t.title) ? 'query' : 'header';
    for (const r of t.rows)
      parameters.push({
        name: r.name,
        in: where,
        required: where === 'path' ? true : Boolean(r.mandatory),
        schema: rowSchema(r, `${t.title} ${r.name}`),
        'x-doc-table': docTable(t),
      });
  }
  for (const name of page.uri.match(/\{([^}]+)\}/g) ?? []) {
    const n = name.slice(1, -1);
    if (!parameters.some((p) => p.in === 'path' && p.name === n)) {
      parameters.push({
        name: n,
        in: 'path',
        required: true,
        schema: { type: 'string' },
        'x-draft-todo': 'the page has no row for this path parameter',
      });
      todo.push(`path parameter ${n} has no row on the page`);
    }
  }

  // Request body.
  const requestTable = [...names.keys()].find((t) => t.section === 'request' && /request body parameters/i.test(t.title));
  const named = (values: readonly unknown[]) =>
    Object.fromEntries(
      values.map((value, i) => [
        i === 0 ? 'doc' : `doc${i + 1}`,
        { summary: 'The example the page prints', 'x-source': 'doc', value },
      ]),
    );
  let requestBody: Json | undefined;
  if (requestTable) {
    requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: { $ref: `../${schemaFile}#/${names.get(requestTable)}` },
          ...(page.requestExamples.length ? { examples: named(page.requestExamples) } : {}),
        },
      },
    };
  } else if (page.requestExamples.length > 0) todo.push('the page prints a request example but has no request body table');

  // Responses: the documented statuses; errors through the shared responses.
  const shared = existsSync(join(ctx.specDir, 'responses.yaml'))
    ? ((parse(readFileSync(join(ctx.specDir, 'responses.yaml'), 'utf8')) ?? {}) as Json)
    : {};
  const responses: Json = {};
  const statuses = page.statuses.length > 0 ? page.statuses : [{ code: 200, description: 'OK' }];
  if (page.statuses.length === 0) todo.push('the page lists no status codes: 200 is assumed');
  for (const s of statuses) {
    const code = String(s.code);
    const sharedName = SHARED_ERRORS[s.code];
    if (s.code >= 400 && sharedName && sharedName in shared) {
      responses[code] = { $ref: `../responses.yaml#/${sharedName}` };
      continue;
    }
    const table =
      successTables.find((t) => (t.status ?? 200) === s.code) ??
      (s.code < 300 && successTables.length === 1 && successTables[0]!.status === undefined ? successTables[0] : undefined);
    const examples = page.responseExamples.filter((e) => e.status === s.code).map((e) => e.value);
    const response: Json = {
      description: s.description || `Status ${code}.`,
      headers: { 'X-Request-Id': { $ref: '../parameters.yaml#/XRequestId' } },
    };
    if (s.code >= 400) {
      response.content = { 'application/json': { schema: { $ref: '../schemas/common.yaml#/ErrorResponse' } } };
      response['x-draft-todo'] = `no shared response for ${code} in responses.yaml: add one there or keep this one`;
      todo.push(`status ${code} has no shared response`);
    } else if (table) {
      response.content = {
        'application/json': {
          schema: { $ref: `../${schemaFile}#/${names.get(table)}` },
          ...(examples.length ? { examples: named(examples) } : {}),
        },
      };
    } else if (examples.length > 0) {
      response.content = { 'application/json': { schema: { type: 'object' }, examples: named(examples) } };
      response['x-draft-todo'] = 'the page prints an example but no table for this status: write its schema';
      todo.push(`status ${code}: an example but no table`);
    }
    responses[code] = response;
  }
  if (!statuses.some((s) => s.code >= 400 && s.code < 500)) {
    responses['400'] = { $ref: '../responses.yaml#/BadRequest' };
    todo.push('the page documents no 4xx status: 400 is assumed (the lint requires one)');
  }

  // The operation, in the order of the spec's own path files.
  const openapi = (parse(readFileSync(join(ctx.specDir, 'openapi.yaml'), 'utf8')) ?? {}) as Json;
  const tag = (Array.isArray(openapi.tags) ? (openapi.tags as Json[])[0]?.name : undefined) as string | undefined;
  if (tag) todo.push(`tags: ${tag} is the spec's first tag; define another in openapi.yaml if it does not fit`);
  todo.unshift('summary and description: write them in your own words');
  const crumb = page.breadcrumb;
  const operation: Json = {
    operationId,
    ...(tag ? { tags: [tag] } : {}),
    summary: page.title,
    description: `Draft from the Help Center page "${page.title}": describe the operation in your own words.`,
    'x-doc-page': { title: page.title, updated: page.updated, breadcrumb: crumb },
    ...(page.iamAction ? { 'x-iam': { action: page.iamAction } } : {}),
    'x-draft-todo': todo,
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
  const files = new Map<string, string>();
  const header = `# DRAFT by doc-sync from "${oneLine(page.title)}" (${oneLine(page.updated)}). Review every x-draft-todo, then delete them.\n`;
  files.set(
    `paths/${fileBase}.yaml`,
    header + stringify({ [page.method.toLowerCase()]: operation }, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  if (names.size > 0) files.set(schemaFile, header + stringify(schemas, { lineWidth: 0, aliasDuplicateObjects: false }));
  return { operationId, method: page.method, path: page.uri, files, todo, errorTables: errorTables.map((t) => t.title) };
}

/**
 * Writes drafts into `dir` (the spec directory itself, or a scratch one). Operations on the same
 * path share one path file. Written all or nothing, never over a file and never through a symbolic
 * link (safe-fs.ts); every text through printable(). Returns what to tell the maintainer.
 */
export function writeDrafts(
  drafts: readonly Draft[],
  dir: string,
  shown: string,
): { text: string; pathLines: string[]; files: string[] } {
  const byPath = new Map<string, Draft[]>();
  for (const d of drafts) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);
  const out: string[] = [];
  const lines: string[] = [];
  const all = new Map<string, string>();
  for (const [path, group] of byPath) {
    const files = new Map<string, string>();
    const pathFile = [...group[0]!.files.keys()].find((f) => f.startsWith('paths/'))!;
    // Operations of one path: their method maps merged into the first one's path file.
    const merged = group
      .map((d) => [...d.files].find(([f]) => f.startsWith('paths/'))![1])
      .map((text, i) => (i === 0 ? text : text.replace(/^#.*\n/, '')))
      .join('');
    files.set(pathFile, merged);
    for (const d of group) for (const [f, text] of d.files) if (!f.startsWith('paths/')) files.set(f, text);
    for (const [f, text] of files) {
      if (all.has(f)) throw new Error(`two drafts would both write ${join(shown, f)}; nothing was written`);
      all.set(f, printable(text));
      out.push(`  wrote ${join(shown, f)}`);
    }
    lines.push(`  ${path}:`, `    $ref: ${pathFile}`);
    for (const d of group) {
      out.push(`  ${d.method} ${path} → ${d.operationId}: ${d.todo.length} x-draft-todo`);
      if (d.errorTables.length)
        out.push(
          `    the shared ErrorResponse (schemas/common.yaml) encodes the error tables: add to its x-doc-table`,
          ...d.errorTables.map((t) => `      - { page: ${d.operationId}, table: ${t} }`),
        );
    }
  }
  const written = writeAllOrNothing(dir, all, shown);
  return {
    text: ['Drafts:', ...out, "Add under paths: in openapi.yaml (the draft's files are relative to it):", ...lines, ''].join(
      '\n',
    ),
    pathLines: lines,
    files: written,
  };
}

/** Adds the printed path lines under `paths:` of an openapi.yaml text (what the maintainer does by hand). */
export function addPathLines(openapiText: string, lines: readonly string[]): string {
  const at = openapiText.search(/^paths:\s*$/m);
  if (at < 0) throw new Error('openapi.yaml has no paths: section');
  const end = openapiText.indexOf('\n', at) + 1;
  return openapiText.slice(0, end) + lines.map((l) => `${l}\n`).join('') + openapiText.slice(end);
}
