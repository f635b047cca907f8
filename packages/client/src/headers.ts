/**
 * Header names and values as fetch will send them. A value fetch would trim (spaces or tabs at
 * either end) or refuse (line breaks, control characters, text beyond Latin-1), a name that is
 * not an HTTP token, and a header the platform sets itself are found here, before anything is
 * sent, instead of failing late as a network error or going out different from what was checked.
 */
import type { Issue } from '@hwc-workspace/validators';
import { WorkspaceConfigError } from './errors.js';

/** An HTTP token (RFC 9110 §5.6.2): what `Headers` accepts as a name. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Tab, visible ASCII, space and Latin-1 (obs-text): what fetch sends byte for byte. */
const SENDABLE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Headers the platform owns: the Fetch standard's forbidden request headers (a browser drops
 * them, Node's fetch refuses several before connecting) and `Expect` (refused by undici).
 */
const PLATFORM = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

/** Why fetch would not send `name` as given, or undefined when it would. */
export function headerNameProblem(name: string): string | undefined {
  if (!TOKEN.test(name)) return "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)";
  const lower = name.toLowerCase();
  if (PLATFORM.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-'))
    return 'is set by the platform, not by the caller (fetch would drop or refuse it)';
  return undefined;
}

/** Why fetch would not send `value` as given, or undefined when it would. */
export function headerValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if (/[\r\n\0]/.test(value)) return 'must not contain line breaks or NUL';
  if (!SENDABLE.test(value)) return 'must be Latin-1 text without control characters (fetch cannot send it in a header)';
  if (/^[\t ]|[\t ]$/.test(value))
    return 'must not start or end with a space or tab (fetch would trim it, and another value would be sent)';
  return undefined;
}

/** A name and value pair's problem: the name's first, then the value's. */
export function headerProblem(name: string, value: unknown): string | undefined {
  return headerNameProblem(name) ?? headerValueProblem(value);
}

/** The client-wide headers and userAgent, when the client is created: names shown, values never. */
export function checkClientHeaders(headers: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(headers)) {
    const problem = headerProblem(name, value);
    const which = name === 'User-Agent' ? 'userAgent' : `the header ${JSON.stringify(name.replace(/[^\x20-\x7e]/g, '?'))}`;
    if (problem)
      throw new WorkspaceConfigError(
        `Failed to create the Workspace client: ${which} ${problem} (value not shown). Did you paste it with its newline or spaces?`,
      );
  }
}

/** Per-call headers: each name and value checked (issues at `/headers/<name>`), the sendable ones copied into `into`. */
export function addCallHeaders(
  given: Readonly<Record<string, unknown>> | undefined,
  into: Record<string, string>,
  issues: Issue[],
): void {
  for (const [name, value] of Object.entries(given ?? {})) {
    const problem = headerProblem(name, value);
    if (problem) issues.push({ path: `/headers/${name}`, message: problem, keyword: 'header' });
    else into[name] = value as string;
  }
}
