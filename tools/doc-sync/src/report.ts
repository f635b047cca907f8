/** Human and machine output of a doc-sync run. */
import type { Finding, Impact } from './compare.js';
import { formatPlace } from './locate.js';

export interface PageReport {
  readonly file: string;
  readonly title: string;
  readonly operationId?: string;
  /** `api-definition` for a report on an API Explorer definition; absent for a page's. */
  readonly source?: 'api-definition';
  readonly findings: readonly Finding[];
}

export interface ImpactSummary {
  /** The highest impact of any drift item, or none when there is no drift. */
  readonly level: Impact | 'none';
  readonly breaking: number;
  readonly minor: number;
  readonly patch: number;
}

export function summarize(reports: readonly PageReport[]): ImpactSummary {
  const counts = { breaking: 0, minor: 0, patch: 0 };
  for (const r of reports) for (const f of r.findings) if (!f.known) counts[f.impact ?? 'minor']++;
  const level = counts.breaking ? 'breaking' : counts.minor ? 'minor' : counts.patch ? 'patch' : 'none';
  return { level, ...counts };
}

export function summaryLine(s: ImpactSummary): string {
  if (s.level === 'none') return 'impact: none (no drift)';
  const what = {
    breaking: 'a major version of the packages',
    minor: 'a minor version of the packages',
    patch: 'a patch version of the packages',
  }[s.level];
  return `impact: ${s.level} (${s.breaking} breaking, ${s.minor} minor, ${s.patch} patch): regenerating makes ${what}`;
}

function sdkLine(n: number): string {
  return `  known  ${'sdk-only'.padEnd(16)} ${n} field${n > 1 ? 's' : ''} marked x-source: sdk, not on the page`;
}

export function toText(reports: readonly PageReport[]): string {
  // One push per line (never a spread of a whole table's lines): a 100k-row page stays in bounds.
  const out: string[] = [];
  const pad = `  ${''.padEnd(5)}  ${''.padEnd(16)} `;
  for (const r of reports) {
    const drift = r.findings.filter((f) => !f.known);
    const known = r.findings.filter((f) => f.known);
    out.push(
      `${r.file}: "${r.title}"${r.operationId ? ` → ${r.operationId}` : ''}: ${drift.length === 0 ? 'no drift' : `${drift.length} change${drift.length > 1 ? 's' : ''}`}${known.length ? `, ${known.length} known` : ''}`,
    );
    // Fields only the SDKs know are expected to be missing from the pages: one line for all.
    const sdk = r.source === 'api-definition' ? [] : known.filter((f) => f.kind === 'field-removed');
    const rows: (readonly ['DRIFT' | 'known', Finding])[] = [];
    for (const f of drift) rows.push(['DRIFT', f]);
    for (const f of known) if (!sdk.includes(f)) rows.push(['known', f]);
    let sdkShown = false;
    for (const [label, f] of rows) {
      if (label === 'known' && !sdkShown && sdk.length > 0) {
        out.push(sdkLine(sdk.length));
        sdkShown = true;
      }
      const impact = label === 'DRIFT' && f.impact ? `[${f.impact}] ` : '';
      out.push(
        `  ${label.padEnd(5)}  ${f.kind.padEnd(16)} ${impact}${f.message}${f.pageLine ? ` (page line ${f.pageLine})` : ''}`,
      );
      out.push(`${pad}spec: ${formatPlace(f.where)}`);
      if (f.suggestion && label === 'DRIFT') for (const l of f.suggestion.split('\n')) out.push(`${pad}  ${l}`);
    }
    if (sdk.length > 0 && !sdkShown) out.push(sdkLine(sdk.length));
  }
  out.push(summaryLine(summarize(reports)));
  return `${out.join('\n')}\n`;
}

export function toJson(
  reports: readonly PageReport[],
  drafts?: { files: readonly string[]; openapiLines: readonly string[] },
): string {
  const impact = summarize(reports);
  return `${JSON.stringify({ drift: impact.level !== 'none', impact, summary: summaryLine(impact), pages: reports, ...(drafts ? { drafts } : {}) }, null, 2)}\n`;
}
