/**
 * How a body of a media type is read: the one rule for the spec's media types (the generator's
 * model) and for an answer's Content-Type at run time (the client, the mocks), which import
 * their verbatim copy (tools/codegen/src/runtime-copy.ts).
 */

/** How a body is carried: JSON (typed and validated), text, or opaque bytes passed through. */
export type MediaKind = 'json' | 'text' | 'binary';

/** The media type of a Content-Type value, lower-case, without parameters ('' when there is none). */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * JSON: application/json and the +json suffix (RFC 6839). Text: text/*, application/xml and the
 * +xml suffix (RFC 7303, RFC 6839). Anything else is bytes, and so is a body without a
 * Content-Type (RFC 9110 §8.3: the recipient may assume application/octet-stream).
 */
export function mediaKind(contentType: string | null | undefined): MediaKind {
  const type = mediaTypeOf(contentType);
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type.startsWith('text/') || type === 'application/xml' || type.endsWith('+xml')) return 'text';
  return 'binary';
}
