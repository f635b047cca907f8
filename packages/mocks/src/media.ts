/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaTypeOf(header: string | null | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
