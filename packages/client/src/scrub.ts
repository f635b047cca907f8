/**
 * Lower layers (undici, the platform's fetch) put header values into their messages. Every text
 * the client takes from them passes through a scrubber that knows the credentials it was given.
 */
const SIGNATURE = /(Signature=)[0-9a-fA-F]{16,}/g;
const AUTH_HEADERS = /((?:X-Auth-Token|X-Security-Token|Authorization)\s*[:=]\s*)[^\s,;]+/gi;

export type Scrubber = (text: string) => string;

/** Replaces each secret (and anything that looks like a signature or an auth header value) with `[redacted]`. */
export function scrubber(secrets: readonly (string | undefined)[]): Scrubber {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4).sort((a, b) => b.length - a.length);
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
