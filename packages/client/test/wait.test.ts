/**
 * waitForJob: polls the job lookup until SUCCESS or FAILED, reads the sub-jobs, sends nothing
 * else; a timeout or an abort stops the wait (saying the order was placed), never the job.
 * The lookups are in-memory stand-ins here; the contract tests run it against the mocks.
 */
import { describe, expect, it } from 'vitest';
import {
  type JobLookups,
  type OperationContext,
  WorkspaceAbortError,
  WorkspaceLookupError,
  type WorkspaceResult,
  WorkspaceTimeoutError,
} from '../src/index.js';
import { waitForJob } from '../src/wait.js';
import { caught } from './caught.js';

type Job = { id: string; status?: string; sub_jobs?: { id: string }[] };
const ctx = {} as OperationContext;
const ok = (data: Job): WorkspaceResult<Job> => ({ data, response: new Response(), requestId: undefined });

/** Lookups answering `statuses` in turn (the last one again once they run out), recording every call. */
function lookups(statuses: (string | undefined)[], extra: Partial<JobLookups<Job, { id: string }>> = {}) {
  const calls: string[] = [];
  const l: JobLookups<Job, { id: string }> = {
    operationId: 'ShowJob',
    show: async (_ctx, jobId) => {
      calls.push(`show ${jobId}`);
      const status = statuses[Math.min(calls.filter((c) => c.startsWith('show')).length - 1, statuses.length - 1)];
      return ok({ id: jobId, ...(status ? { status } : {}), sub_jobs: [{ id: `${jobId}-own` }] });
    },
    subJobsField: 'sub_jobs',
    ...extra,
  };
  return { l, calls };
}

describe('waitForJob', () => {
  it.each([
    {
      given: 'RUNNING twice, then SUCCESS',
      statuses: ['RUNNING', 'RUNNING', 'SUCCESS'],
      want: { status: 'SUCCESS', succeeded: true, polls: 3 },
    },
    {
      given: 'WAITING, then FAILED (a failed job is an answer, not an error)',
      statuses: ['WAITING', 'FAILED'],
      want: { status: 'FAILED', succeeded: false, polls: 2 },
    },
    {
      given: 'an unknown status and a missing one keep polling',
      statuses: ['QUEUED', undefined, 'SUCCESS'],
      want: { status: 'SUCCESS', succeeded: true, polls: 3 },
    },
  ])('$given', async ({ statuses, want }) => {
    const { l, calls } = lookups(statuses);
    const progress: (string | undefined)[] = [];
    const done = await waitForJob(ctx, l, 'job-1', { pollMs: 1, onProgress: (job) => progress.push(job.status) });
    expect({ status: done.status, succeeded: done.succeeded, polls: calls.length }).toEqual(want);
    expect(progress).toEqual(statuses);
    expect(calls.every((c) => c === 'show job-1')).toBe(true);
    expect(done.subJobs).toEqual([{ id: 'job-1-own' }]);
  });

  it('reads the sub-jobs from the sub-job listing when there is one, once the job is final', async () => {
    const { l, calls } = lookups(['RUNNING', 'SUCCESS'], {
      subJobs: async function* (_ctx, jobId) {
        calls.push(`sub-jobs ${jobId}`);
        yield* [{ id: 's-1' }, { id: 's-2' }];
      },
    });
    const done = await waitForJob(ctx, l, 'job-2', { pollMs: 1 });
    expect(done.subJobs).toEqual([{ id: 's-1' }, { id: 's-2' }]);
    expect(calls).toEqual(['show job-2', 'show job-2', 'sub-jobs job-2']);
  });

  it('times out with WorkspaceTimeoutError saying the order was placed', async () => {
    const { l } = lookups(['RUNNING']);
    const error = await caught(waitForJob(ctx, l, 'job-3', { pollMs: 5, timeoutMs: 40 }));
    expect(error).toBeInstanceOf(WorkspaceTimeoutError);
    expect((error as Error).message).toMatch(
      /^Failed to wait for job "job-3": no final status within 40 ms\. The order itself was placed: .*do not send the order again\. Did you mean to raise timeoutMs\?$/,
    );
  });

  it("stops on the caller's signal with WorkspaceAbortError, and polls no more", async () => {
    const { l, calls } = lookups(['RUNNING']);
    const controller = new AbortController();
    const waiting = waitForJob(ctx, l, 'job-4', {
      pollMs: 10_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const error = await caught(waiting);
    expect(error).toBeInstanceOf(WorkspaceAbortError);
    expect((error as Error).message).toMatch(/aborted by the caller's signal\. The order itself was placed/);
    expect(calls).toHaveLength(1);
  });

  it('an error answer from the lookup throws WorkspaceLookupError with the answer', async () => {
    const l: JobLookups<Job, never> = {
      operationId: 'ShowJob',
      show: async () => ({
        error: { error_code: 'WKS.0404', error_msg: 'no such job' },
        response: new Response(null, { status: 404 }),
        requestId: 'r-1',
      }),
    };
    const error = await caught(waitForJob(ctx, l, 'job-5', { pollMs: 1 }));
    expect(error).toBeInstanceOf(WorkspaceLookupError);
    expect(error).toMatchObject({
      status: 404,
      requestId: 'r-1',
      message: expect.stringContaining('ShowJob answered 404 (WKS.0404: no such job). The order itself was placed'),
    });
  });

  it('refuses bad options and a spec without a job lookup, before any call', async () => {
    const { l, calls } = lookups(['SUCCESS']);
    expect(((await caught(waitForJob(ctx, l, 'j', { pollMs: 0 }))) as Error).message).toMatch(/pollMs must be a positive number/);
    expect(((await caught(waitForJob(ctx, l, 'j', { timeoutMs: Number.NaN }))) as Error).message).toMatch(
      /timeoutMs must be a positive number/,
    );
    expect(((await caught(waitForJob(ctx, undefined, 'j'))) as Error).message).toMatch(/the spec has no job lookup \(ShowJob\)/);
    expect(calls).toHaveLength(0);
  });
});
