/**
 * Reads a request as the service would: path parameters from the template, query and header
 * parameters parsed back from their OpenAPI style and typed by their schema, and the body.
 * The result is what the validators check: `{ path, query, headers, body }`.
 */
import type { OperationDescriptor, ParameterDescriptor, ValueType } from '@hwc-workspace/client';

/** A regular expression for a path template; its groups are the template's variables, in order. */
export function templatePattern(path: string): RegExp {
  const parts = path.split(/\{[^}]+\}/).map((s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('([^/]+)')}$`);
}

function typed(text: string, type: ValueType | undefined): unknown {
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function fromText(p: ParameterDescriptor, text: string): unknown {
  if (p.type === 'array') {
    const sep = p.style === 'spaceDelimited' ? ' ' : p.style === 'pipeDelimited' ? '|' : ',';
    return text === '' ? [] : text.split(sep).map((t) => typed(t, p.items));
  }
  return typed(text, p.type);
}

export type ReadRequest =
  | { ok: true; input: { path: Record<string, unknown>; query: Record<string, unknown>; headers: Record<string, unknown> } }
  | { ok: false; message: string };

/** A table without prototype: a parameter named `__proto__` or `toString` is an entry like any other. */
const table = () => Object.create(null) as Record<string, unknown>;

export function readParameters(op: OperationDescriptor, url: URL, headers: Headers): ReadRequest {
  const path = table();
  const query = table();
  const header = table();
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const match = templatePattern(op.path).exec(url.pathname);
  for (const [i, name] of names.entries()) {
    const p = op.parameters.find((x) => x.in === 'path' && x.name === name);
    if (!p || p.filledBy) continue;
    try {
      path[name] = fromText(p, decodeURIComponent(match?.[i + 1] ?? ''));
    } catch {
      return { ok: false, message: `the path segment of ${name} has a malformed percent escape` };
    }
  }
  for (const p of op.parameters) {
    if (p.filledBy) continue;
    if (p.in === 'query') {
      if (p.type === 'array' && p.explode && p.style === 'form') {
        const all = url.searchParams.getAll(p.name);
        if (all.length > 0) query[p.name] = all.map((t) => typed(t, p.items));
      } else if (p.type === 'object' && p.style === 'deepObject') {
        const prefix = `${p.name}[`;
        const entries = [...url.searchParams].filter(([k]) => k.startsWith(prefix) && k.endsWith(']'));
        if (entries.length > 0)
          query[p.name] = Object.assign(table(), Object.fromEntries(entries.map(([k, v]) => [k.slice(prefix.length, -1), v])));
      } else {
        const text = url.searchParams.get(p.name);
        if (text !== null) query[p.name] = fromText(p, text);
      }
    } else if (p.in === 'header') {
      const text = headers.get(p.name);
      if (text !== null) header[p.name] = fromText(p, text);
    }
  }
  return { ok: true, input: { path, query, headers: header } };
}
