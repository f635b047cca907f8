/**
 * Names the generated code uses, made from spec strings: operationIds such as
 * `enterprise-admin/list-global-webhooks` or `oneClicks_list`, schema names with spaces, paths.
 * Everything returned is a valid, non-reserved TypeScript identifier or a safe file name.
 */

const RESERVED = new Set([
  ...(
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private ' +
    'protected public static yield any boolean number string symbol object never unknown undefined await async type of keyof readonly ' +
    'infer is declare module namespace require global constructor prototype __proto__ toString valueOf hasOwnProperty toJSON'
  ).split(' '),
  // A member named `then` makes a module namespace or an object a thenable (await adopts it);
  // Object.prototype's members would shadow or be read through inherited properties.
  'then',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** Words of a name: split on anything that is not a letter or digit, and on camelCase humps. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `oneClicks_list` → `OneClicksList`; a leading digit gets an `Op` prefix. */
export function pascalCase(name: string): string {
  const joined = words(name)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  const safe = joined === '' ? 'Unnamed' : joined;
  return /^[0-9]/.test(safe) ? `Op${safe}` : safe;
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return RESERVED.has(camel) ? `${camel}Operation` : camel;
}

/** Longest file name made from a spec name (the file system allows 255 bytes, with room for suffixes and temp names). */
const MAX_FILE_NAME = 80;

export function kebabCase(name: string): string {
  const joined = words(name)
    .map((w) => w.toLowerCase())
    .join('-');
  return joined.slice(0, MAX_FILE_NAME).replace(/-+$/, '') || 'unnamed';
}

/** A name for an operation without operationId: method + path, e.g. `GET /v2/{project_id}/jobs/{job_id}` → `getV2ByProjectIdJobsByJobId`. */
export function operationIdFromPath(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((seg) => (/^\{.+\}$/.test(seg) ? `By ${seg.slice(1, -1)}` : seg));
  return camelCase(`${method.toLowerCase()} ${parts.join(' ')}`);
}

/** Makes each name unique by appending 2, 3, … to later duplicates; reports each rename. */
export function uniqueNames(
  names: readonly string[],
  taken: Iterable<string> = [],
  onRename?: (from: string, to: string, index: number) => void,
): string[] {
  const used = new Set(taken);
  return names.map((name, index) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name}${n}`;
    used.add(candidate);
    if (candidate !== name) onRename?.(name, candidate, index);
    return candidate;
  });
}
