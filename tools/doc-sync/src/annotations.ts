/**
 * The service's own validation annotations in a definition (`x-annotations`, the element
 * annotations of `x-type`, `x-minLength`/`x-maxLength`) read as JSON Schema bounds. Swagger's
 * own keywords win; these only fill what the keywords leave out.
 */

type Json = Record<string, unknown>;

/** One annotation as written: `@Size(max = 255, min = 1)` → { name: 'Size', args: { max: 255, min: 1 } }. */
export interface Annotation {
  readonly name: string;
  readonly args: Readonly<Record<string, string | number>>;
}

/** Java's string literal escapes, for `@Pattern(regexp = "…")`. */
function unquote(s: string): string {
  return s
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
      e.length === 5
        ? String.fromCharCode(parseInt(e.slice(1), 16))
        : (({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e),
    );
}

/** Splits `a = 1, b = "x, y"` at the commas outside quotes. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '\\') {
      cur += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Every `@Name(args)` or `@Name` in a text, with quoted arguments kept whole. */
export function parseAnnotations(text: string): Annotation[] {
  const out: Annotation[] = [];
  const re = /@([A-Za-z_][\w.]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = m[1]!.split('.').pop()!;
    let i = re.lastIndex;
    while (text[i] === ' ') i++;
    const args: Record<string, string | number> = {};
    if (text[i] === '(') {
      let depth = 0;
      let quoted = false;
      let j = i;
      for (; j < text.length; j++) {
        const c = text[j];
        if (quoted && c === '\\') j++;
        else if (c === '"') quoted = !quoted;
        else if (!quoted && c === '(') depth++;
        else if (!quoted && c === ')' && --depth === 0) break;
      }
      for (const part of splitArgs(text.slice(i + 1, j))) {
        const eq = /^([A-Za-z_]\w*)\s*=\s*([\s\S]*)$/.exec(part);
        const [key, raw] = eq ? [eq[1]!, eq[2]!.trim()] : ['value', part];
        args[key] =
          raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2
            ? unquote(raw)
            : /^-?\d+(\.\d+)?$/.test(raw)
              ? Number(raw)
              : raw;
      }
      re.lastIndex = j + 1;
    }
    out.push({ name, args });
  }
  return out;
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;

/** The JSON Schema keywords an annotation states, for a value of this type. */
export function annotationBounds(a: Annotation, type: string | undefined): Json {
  const lengths =
    type === 'array'
      ? (['minItems', 'maxItems'] as const)
      : type === 'object'
        ? (['minProperties', 'maxProperties'] as const)
        : (['minLength', 'maxLength'] as const);
  const pair = (lo: unknown, hi: unknown, keys: readonly [string, string]): Json => ({
    ...(num(lo) !== undefined ? { [keys[0]]: num(lo) } : {}),
    ...(num(hi) !== undefined ? { [keys[1]]: num(hi) } : {}),
  });
  switch (a.name) {
    case 'Size':
      return pair(a.args.min, a.args.max, lengths);
    case 'Length':
      return pair(a.args.min, a.args.max, ['minLength', 'maxLength']);
    case 'Min':
    case 'DecimalMin':
      return pair(a.args.value, undefined, ['minimum', 'maximum']);
    case 'Max':
    case 'DecimalMax':
      return pair(undefined, a.args.value, ['minimum', 'maximum']);
    case 'Range':
      return pair(a.args.min, a.args.max, ['minimum', 'maximum']);
    case 'Pattern':
      return typeof a.args.regexp === 'string' ? { pattern: a.args.regexp } : {};
    default:
      return {};
  }
}

const texts = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * What the extensions of a raw definition node add, in order of trust: `x-annotations`, then
 * `x-minLength`/`x-maxLength` (item counts on arrays), each filling only keywords still absent.
 * `items`: the element annotations of `x-type` (`List<@Size(min=0, max=255) String>`).
 */
export function extensionBounds(node: Json, type: string | undefined): { own: Json; items: Json } {
  const own: Json = {};
  const fill = (from: Json) => {
    for (const [k, v] of Object.entries(from)) if (!(k in own)) own[k] = v;
  };
  for (const text of texts(node['x-annotations'])) for (const a of parseAnnotations(text)) fill(annotationBounds(a, type));
  const [lo, hi] = type === 'array' ? ['minItems', 'maxItems'] : ['minLength', 'maxLength'];
  if (type === 'array' || type === 'string' || type === undefined) {
    if (num(node['x-minLength']) !== undefined) fill({ [lo]: num(node['x-minLength']) });
    if (num(node['x-maxLength']) !== undefined) fill({ [hi]: num(node['x-maxLength']) });
  }
  const items: Json = {};
  const generic =
    typeof node['x-type'] === 'string'
      ? /^\s*(?:java\.util\.)?(?:List|Set|Collection)\s*<([\s\S]*)>\s*$/.exec(node['x-type'])
      : null;
  if (generic) {
    const element = generic[1]!.replace(/@[\w.]+(\s*\((?:"(?:\\.|[^"\\])*"|[^)])*\))?/g, '').trim();
    const itemType = /^(String|Character)$/.test(element)
      ? 'string'
      : /^(Integer|Long|Short|Byte)$/.test(element)
        ? 'integer'
        : /^(Double|Float|BigDecimal)$/.test(element)
          ? 'number'
          : undefined;
    for (const a of parseAnnotations(generic[1]!))
      for (const [k, v] of Object.entries(annotationBounds(a, itemType ?? 'string'))) if (!(k in items)) items[k] = v;
  }
  return { own, items };
}
