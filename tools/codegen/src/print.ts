/** Stage 5, print: banner, line endings and a final newline, identical on every machine. */
import { specText } from './emit/escape.js';

export const COMMAND = 'npm run generate';

export function banner(entry: string, comment: '//' | '#' = '//'): string {
  return [
    `${comment} This file is generated from ${specText(entry, 'line-comment')} by \`${COMMAND}\`. Do not edit it by hand:`,
    `${comment} change the spec (or tools/codegen) and regenerate.`,
  ].join('\n');
}

export function printFile(entry: string, body: string): string {
  const text = `${banner(entry)}\n${body.replace(/\r\n/g, '\n').trimEnd()}\n`;
  return text;
}
