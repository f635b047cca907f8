/**
 * Turns a call's parameters into the URL path, query string and headers, following each
 * parameter's OpenAPI style/explode. Values that cannot be sent safely become issues at
 * `/path/<name>` or `/headers/<name>`: nothing is sent then.
 */
import type { Issue } from '@hwc-workspace/validators';
import type { OperationDescriptor, ParameterDescriptor } from './generated/descriptor.js';
import { headerValueProblem } from './headers.js';

type Values = Readonly<Record<string, unknown>> | undefined;

/** A parameter's value from the caller's own properties: `toString` or `__proto__` are never inherited. */
function own(values: Values, name: string): unknown {
  return values !== undefined && values !== null && Object.hasOwn(values, name) ? values[name] : undefined;
}

/** The character that separates array items in a style (none for repeated `key=item` pairs). */
function delimiterOf(p: ParameterDescriptor): string | undefined {
  if (p.in === 'query' && p.explode && p.style === 'form') return undefined;
  if (p.style === 'spaceDelimited') return ' ';
  if (p.style === 'pipeDelimited') return '|';
  if (p.style === 'label' && p.explode) return '.';
  if (p.style === 'matrix' && p.explode) return ';';
  return ',';
}

/**
 * An array item holding its style's delimiter would be read back as more items (the service
 * splits the decoded text), so it is refused at `/<where>/<name>/<index>`.
 */
function checkItems(p: ParameterDescriptor, where: string, value: unknown, issues: Issue[]): void {
  const delimiter = delimiterOf(p);
  if (!Array.isArray(value) || delimiter === undefined) return;
  value.forEach((item, i) => {
    if (scalar(item).includes(delimiter))
      issues.push({
        path: `${where}/${i}`,
        message: `must not contain ${JSON.stringify(delimiter)}, which separates the items of this parameter (it would be read as more items)`,
        keyword: 'delimiter',
      });
  });
}

/** RFC 3986 unreserved characters kept, everything else percent-encoded (so `/` cannot add a segment). */
function encode(value: string, allowReserved = false): string {
  const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // allowReserved keeps reserved characters, except those that would end or split the query.
  return allowReserved ? encoded.replace(/%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2C|3B)/g, (m) => decodeURIComponent(m)) : encoded;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** simple/label/matrix serialization of one value (path and header parameters). */
function styled(p: ParameterDescriptor, value: unknown, enc: (s: string) => string): string {
  const sep = p.style === 'label' ? (p.explode ? '.' : ',') : p.style === 'matrix' && p.explode ? `;${enc(p.name)}=` : ',';
  let body: string;
  if (Array.isArray(value)) body = value.map((v) => enc(scalar(v))).join(sep);
  else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    body = p.explode
      ? entries.map(([k, v]) => `${enc(k)}=${enc(scalar(v))}`).join(p.style === 'matrix' ? ';' : sep)
      : entries.flatMap(([k, v]) => [enc(k), enc(scalar(v))]).join(',');
  } else body = enc(scalar(value));
  if (p.style === 'label') return `.${body}`;
  if (p.style === 'matrix')
    return typeof value === 'object' && value !== null && p.explode && !Array.isArray(value)
      ? `;${body}`
      : `;${enc(p.name)}=${body}`;
  return body;
}

/** Serializes one value; text that cannot be encoded (a lone surrogate) becomes an issue. */
function safely(where: string, issues: Issue[], make: () => string): string {
  try {
    return make();
  } catch {
    issues.push({ path: where, message: 'must be well-formed text (it holds a lone surrogate)', keyword: 'format' });
    return '';
  }
}

export function buildPath(op: OperationDescriptor, values: Values, issues: Issue[]): string {
  return op.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const p = op.parameters.find((x) => x.in === 'path' && x.name === name);
    const value = own(values, name);
    if (!p || value === undefined) return whole;
    checkItems(p, `/path/${name}`, value, issues);
    const text = safely(`/path/${name}`, issues, () => styled(p, value, (s) => encode(s)));
    // `.` and `..` are kept by URL parsers as path steps, and an empty segment leaves a `//` that
    // addresses another resource: each would move the request elsewhere.
    if (text === '' || text === '.' || text === '..' || text === '%2E' || text === '%2E%2E')
      issues.push({
        path: `/path/${name}`,
        message: 'must not be empty, "." or ".." (it would change the path)',
        keyword: 'path',
      });
    return text;
  });
}

export function buildQuery(op: OperationDescriptor, values: Values, issues: Issue[]): string {
  const parts: string[] = [];
  for (const p of op.parameters) {
    if (p.in !== 'query' || p.filledBy) continue;
    const value = own(values, p.name);
    if (value === undefined) continue;
    checkItems(p, `/query/${p.name}`, value, issues);
    const enc = (s: string) => safely(`/query/${p.name}`, issues, () => encode(s, p.allowReserved));
    const key = enc(p.name);
    if (Array.isArray(value)) {
      const items = value.map((v) => enc(scalar(v)));
      if (p.explode && p.style === 'form') for (const item of items) parts.push(`${key}=${item}`);
      else parts.push(`${key}=${items.join(p.style === 'spaceDelimited' ? '%20' : p.style === 'pipeDelimited' ? '|' : ',')}`);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      if (p.style === 'deepObject') for (const [k, v] of entries) parts.push(`${key}%5B${enc(k)}%5D=${enc(scalar(v))}`);
      else if (p.explode) for (const [k, v] of entries) parts.push(`${enc(k)}=${enc(scalar(v))}`);
      else parts.push(`${key}=${entries.flatMap(([k, v]) => [enc(k), enc(scalar(v))]).join(',')}`);
    } else parts.push(`${key}=${enc(scalar(value))}`);
  }
  return parts.join('&');
}

export function buildHeaders(op: OperationDescriptor, values: Values, issues: Issue[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const p of op.parameters) {
    if (p.in !== 'header' || p.filledBy) continue;
    const value = own(values, p.name);
    if (value === undefined) continue;
    checkItems(p, `/headers/${p.name}`, value, issues);
    // Checked as it will be sent: fetch trims spaces and tabs at the ends and refuses what is not Latin-1.
    const text = styled(p, value, (s) => s);
    const problem = headerValueProblem(text);
    if (problem) issues.push({ path: `/headers/${p.name}`, message: problem, keyword: 'header' });
    else out[p.name] = text;
  }
  return out;
}
