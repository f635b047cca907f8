/**
 * Text from pages and definitions made safe to print or to write into YAML: terminal escape
 * sequences (which could move the cursor, rewrite lines or set the window title) and control
 * characters (a lone CR ends a YAML comment line for some parsers) are removed.
 */

/** CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`), other `ESC x` sequences, and their 8-bit forms. */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\-_]/g;
/** C0 controls except tab and line feed, DEL, C1 controls (CR included). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without escape sequences and control characters; tabs and line feeds kept. */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** printable() on one line: every line break (CR, LF, NEL, U+2028/U+2029) and tab is a space, runs of spaces one. */
export function oneLine(text: string): string {
  return printable(text.replace(/[\r\n\t\u0085\u2028\u2029]/g, ' ')).replace(/ {2,}/g, ' ');
}

/** Every string in a JSON-like value through printable() (keys too); other values as they are. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v) => printableDeep(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableDeep(v)])) as T;
}
