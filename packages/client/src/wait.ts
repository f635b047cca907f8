/**
 * `client.waitForJob(jobId)`: polls the job lookup (ShowJob) with a growing interval until the
 * job reaches a final status, then reads its sub-jobs. Only lookups are sent: the order that
 * created the job is never resent, whatever happens here.
 */
import { WorkspaceAbortError, WorkspaceConfigError, WorkspaceLookupError, WorkspaceTimeoutError } from './errors.js';
import type { CallOptions, OperationContext, WorkspaceResult } from './operation.js';
import { sleep } from './retry.js';

/**
 * The statuses after which a job changes no more. ShowJob's definition and SDK model state no
 * values; the status filter of the sub-job listing (ListItaSubJobs, definition and SDK) names
 * WAITING, RUNNING, SUCCESS and FAILED. Any other status is taken as not final yet.
 */
export const FINAL_JOB_STATUSES = ['SUCCESS', 'FAILED'] as const;
export type FinalJobStatus = (typeof FINAL_JOB_STATUSES)[number];

/** What the generated code gives waitForJob (JOBS in generated/operations.ts). */
export interface JobLookups<Job, SubJob> {
  readonly operationId: string;
  /** The path parameter of the lookup that takes the job ID. */
  readonly idParameter?: string;
  /** The sub-job listing and its query parameter that filters by job, when the spec has one. */
  readonly subJobsOperationId?: string;
  readonly subJobsFilter?: string;
  show(ctx: OperationContext, jobId: string, options?: CallOptions): Promise<WorkspaceResult<Job>>;
  /** Every sub-job of the job, from the sub-job listing when the spec has one. */
  subJobs?(ctx: OperationContext, jobId: string, options?: CallOptions): AsyncIterable<SubJob>;
  /** Else the array of the job's own answer that lists them. */
  readonly subJobsField?: string;
}

export interface WaitForJobOptions<Job> {
  /** Stop waiting after this long (default 1 800 000: 30 minutes). */
  readonly timeoutMs?: number;
  /** The first wait between two lookups (default 5000); each next wait is 1.5 times longer, up to 60 s (or pollMs when larger). */
  readonly pollMs?: number;
  /** Stops waiting (the job itself goes on). */
  readonly signal?: AbortSignal;
  /** Called with the job each lookup answered, final or not (e.g. for a progress bar). */
  readonly onProgress?: (job: Job) => void;
}

export interface FinishedJob<Job, SubJob> {
  /** The job as the last lookup answered it. */
  readonly job: Job;
  readonly status: FinalJobStatus;
  readonly succeeded: boolean;
  /** Its sub-jobs: one per desktop or resource, each with its own status and error. */
  readonly subJobs: readonly SubJob[];
}

const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const DEFAULT_POLL_MS = 5_000;
const MAX_POLL_MS = 60_000;

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new WorkspaceConfigError(`Failed to wait for the job: ${name} must be a positive number, not ${String(value)}.`);
  return value;
}

function statusOf(job: unknown): string | undefined {
  const status = (job as { status?: unknown } | null)?.status;
  return typeof status === 'string' ? status : undefined;
}

export async function waitForJob<Job, SubJob>(
  ctx: OperationContext,
  lookups: JobLookups<Job, SubJob> | undefined,
  jobId: string,
  options: WaitForJobOptions<Job> = {},
): Promise<FinishedJob<Job, SubJob>> {
  if (!lookups)
    throw new WorkspaceConfigError(
      'Failed to wait for the job: the spec has no job lookup (ShowJob). Did you generate the client from the Workspace spec?',
    );
  const timeoutMs = positive('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const pollMs = positive('pollMs', options.pollMs, DEFAULT_POLL_MS);
  const id = lookups.operationId;
  const placed = `The order itself was placed: job ${JSON.stringify(String(jobId))} goes on without this wait. Look it up again (showJob or waitForJob); do not send the order again.`;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  const stopped = (error: unknown): unknown => {
    if (deadline.signal.aborted)
      return new WorkspaceTimeoutError(
        id,
        timeoutMs,
        true,
        `Failed to wait for job ${JSON.stringify(String(jobId))}: no final status within ${timeoutMs} ms. ${placed} Did you mean to raise timeoutMs?`,
      );
    if (options.signal?.aborted)
      return new WorkspaceAbortError(
        id,
        true,
        true,
        `Failed to wait for job ${JSON.stringify(String(jobId))}: aborted by the caller's signal. ${placed}`,
      );
    return error;
  };
  try {
    for (let poll = 0; ; poll++) {
      const result = await lookups.show(ctx, jobId, { signal });
      if (result.error) throw new WorkspaceLookupError(id, `wait for job ${JSON.stringify(String(jobId))}`, result, placed);
      const job = result.data;
      options.onProgress?.(job);
      const status = statusOf(job);
      if (status === 'SUCCESS' || status === 'FAILED') {
        const subJobs: SubJob[] = [];
        if (lookups.subJobs) for await (const sub of lookups.subJobs(ctx, jobId, { signal })) subJobs.push(sub);
        else if (lookups.subJobsField)
          subJobs.push(...(((job as Record<string, unknown>)[lookups.subJobsField] as SubJob[] | undefined) ?? []));
        return { job, status, succeeded: status === 'SUCCESS', subJobs };
      }
      await sleep(Math.min(pollMs * 1.5 ** poll, Math.max(MAX_POLL_MS, pollMs)), signal);
    }
  } catch (error) {
    throw stopped(error);
  } finally {
    clearTimeout(timer);
  }
}
