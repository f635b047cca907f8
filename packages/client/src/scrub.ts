/**
 * Lower layers (undici, the platform's fetch) put header values into their messages. Every text
 * the client takes from them passes through a scrubber that knows the credentials it was given.
 */
const SIGNATURE = /(Signature=)[0-9a-fA-F]{16,}/g;
const AUTH_HEADERS = /((?:X-Auth-Token|X-Security-Token|Authorization)\s*[:=]\s*)[^\s,;]+/gi;

export type Scrubber = (text: string) => string;

/** The text a secret of any type shows when printed: itself, its digits, or what its toString gives. */
function textOf(secret: unknown): string | undefined {
  if (typeof secret === 'string') return secret;
  if (typeof secret === 'number' || typeof secret === 'bigint') return String(secret);
  if ((typeof secret === 'object' && secret !== null) || typeof secret === 'function') {
    try {
      const text = String(secret);
      return text.startsWith('[object ') ? undefined : text;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Replaces each secret, of any type, (and anything that looks like a signature or an auth header value) with `[redacted]`. */
export function scrubber(secrets: readonly unknown[]): Scrubber {
  const known = secrets
    .map(textOf)
    .filter((s): s is string => s !== undefined && s.length >= 4)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join('[redacted]');
    return out.replace(SIGNATURE, '$1[redacted]').replace(AUTH_HEADERS, '$1[redacted]');
  };
}

/** `true` when a value could end a header line or truncate it. */
export function hasControlCharacters(value: string): boolean {
  return /[\r\n\0]/.test(value);
}

/** `false` for text with a lone UTF-16 surrogate, which cannot be percent-encoded or sent. */
export function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
