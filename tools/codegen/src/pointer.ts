/** RFC 6901 JSON pointers. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** Redocly's pointers are URI fragments (percent-encoded); ours are not: a lone `%` stays as written. */
function percentDecoded(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body
    .slice(1)
    .split('/')
    .map((t) => percentDecoded(t).replace(/~1/g, '/').replace(/~0/g, '~'));
}
