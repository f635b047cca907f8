/** Human and machine output of a doc-sync run. */
import type { Finding } from './compare.js';
import { formatPlace } from './locate.js';

export interface PageReport {
  readonly file: string;
  readonly title: string;
  readonly operationId?: string;
  readonly findings: readonly Finding[];
}

function sdkLine(n: number): string {
  return `  known  ${'sdk-only'.padEnd(16)} ${n} field${n > 1 ? 's' : ''} marked x-source: sdk, not on the page`;
}

export function toText(reports: readonly PageReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const drift = r.findings.filter((f) => !f.known);
    const known = r.findings.filter((f) => f.known);
    out.push(`${r.file}: "${r.title}"${r.operationId ? ` → ${r.operationId}` : ''}: ${drift.length === 0 ? 'no drift' : `${drift.length} change${drift.length > 1 ? 's' : ''}`}${known.length ? `, ${known.length} known` : ''}`);
    // Fields only the SDKs know are expected to be missing from the pages: one line for all.
    const sdk = known.filter((f) => f.kind === 'field-removed');
    const rows = [...drift.map((f) => ['DRIFT', f] as const), ...known.filter((f) => f.kind !== 'field-removed').map((f) => ['known', f] as const)];
    rows.forEach(([label, f], i) => {
      if (label === 'known' && (i === 0 || rows[i - 1]?.[0] === 'DRIFT') && sdk.length > 0) out.push(sdkLine(sdk.length));
      out.push(`  ${label.padEnd(5)}  ${f.kind.padEnd(16)} ${f.message}${f.pageLine ? ` (page line ${f.pageLine})` : ''}`);
      out.push(`  ${''.padEnd(5)}  ${''.padEnd(16)} spec: ${formatPlace(f.where)}`);
      if (f.suggestion && label === 'DRIFT') out.push(...f.suggestion.split('\n').map((l) => `  ${''.padEnd(5)}  ${''.padEnd(16)}   ${l}`));
    });
    if (sdk.length > 0 && !rows.some(([label]) => label === 'known')) out.push(sdkLine(sdk.length));
  }
  return `${out.join('\n')}\n`;
}

export function toJson(reports: readonly PageReport[]): string {
  return `${JSON.stringify({ drift: reports.some((r) => r.findings.some((f) => !f.known)), pages: reports }, null, 2)}\n`;
}
