/**
 * The one way spec text reaches generated code. Any string from the spec (operationIds, paths,
 * summaries, descriptions, enum values, property and example names…) goes through specText(),
 * whichever place it lands in: a string literal, a `//` comment, a JSDoc block or a JSON literal.
 * JavaScript ends a line (and so a `//` comment) at LF, CR, U+2028 and U+2029; `*\/` ends a block
 * comment; a key `"__proto__"` in an object literal sets the prototype instead of a property.
 */

/** Every line terminator ECMAScript knows (CRLF counted once). */
const LINE_TERMINATOR = /\r\n|[\n\r\u2028\u2029]/g;

/** U+2028 and U+2029 as escapes: JSON and TypeScript's printer leave them raw in strings, where older parsers end a line. */
export const escapeSeparators = (json: string): string =>
  json.replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));

/** Where spec text is written. */
export type TextPlace = 'string' | 'line-comment' | 'block-comment';

/**
 * Spec text made inert for its place:
 * - `string`: a double-quoted literal (JSON escapes, plus U+2028/U+2029 as escapes);
 * - `line-comment`: one line, every line terminator a space, with no `*\/`;
 * - `block-comment`: lines joined by `\n` only (any terminator becomes `\n`), with no `*\/`.
 */
export function specText(text: string, place: TextPlace): string {
  if (place === 'string') return escapeSeparators(JSON.stringify(text));
  const closed = text.replace(/\*\//g, '*\\/');
  return closed.replace(LINE_TERMINATOR, place === 'line-comment' ? ' ' : '\n');
}

/** A string as a TypeScript string literal. */
export const lit = (value: string): string => specText(value, 'string');

/** A property key: bare when it is an identifier (other than `__proto__`), a quoted or computed literal otherwise. */
export const key = (name: string): string =>
  name === '__proto__' ? `[${lit(name)}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : lit(name);

/** A `//` comment holding spec text on one line. */
export const lineComment = (text: string, indent = ''): string => `${indent}// ${specText(text, 'line-comment')}`.trimEnd();

/**
 * A value as a JavaScript literal, laid out as JSON.stringify lays it out: strings through
 * specText, and a key named `__proto__` written as a computed key so that it stays a key.
 */
export function jsonCode(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  if (text === undefined) return 'undefined';
  // In JSON text an unescaped `"` only delimits strings, so `"__proto__"` right after `{` or `,`
  // (and layout) is a key. U+2028/U+2029 can only be inside strings.
  return escapeSeparators(text).replace(/([{,]\s*)"__proto__":/g, '$1["__proto__"]:');
}

/** A JSDoc block from spec text: paragraphs separated by a blank line, nothing can close it early. */
export function jsdoc(lines: readonly (string | undefined)[], indent = ''): string[] {
  const text = lines
    .filter((l): l is string => typeof l === 'string' && l.trim() !== '')
    .map((l) => specText(l, 'block-comment'))
    .join('\n\n')
    .split('\n');
  if (text.length === 0 || (text.length === 1 && text[0] === '')) return [];
  if (text.length === 1) return [`${indent}/** ${text[0]} */`];
  return [`${indent}/**`, ...text.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}
