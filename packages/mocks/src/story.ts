/**
 * Mocks that tell a story: an order answered with a `job_id` creates that job, and the job lookup
 * (ShowJob) then reports it RUNNING for `jobPolls` lookups, then final: as the ShowJob example
 * with the same ID and a final status when the spec has one (so an order example whose job fails
 * ends FAILED), else as the first successful example, renamed. The sub-job listing, when the spec has one, lists the
 * story's sub-jobs. Anything else (and a job no order created) is answered from the examples as usual.
 */
import { FINAL_JOB_STATUSES, type FinalJobStatus, JOBS, type OperationDescriptor } from '@hwc-workspace/client';
import { byStatus } from '@hwc-workspace/validators';
import { descriptorOf, handleOperation, jsonResponse } from './answer.js';
import type { OperationFixture } from './fixture.js';
import { FIXTURES } from './generated/fixtures.js';
import { isObject, itemsOf, pageOf } from './pages.js';
import { readParameters } from './request.js';
import { exampleOf, successStatus } from './responses.js';

type Json = Record<string, unknown>;

export interface JobStoryOptions {
  /** How many lookups of a new job answer RUNNING before its final status (default 2). */
  readonly jobPolls?: number;
}

/** The fields a job has while it runs: no end, no error. */
const FINISHED_FIELDS = ['end_time', 'job_error_code', 'fail_reason', 'error_code', 'message'];

const fixtures = Object.values(FIXTURES) as OperationFixture[];
const fixtureOf = (operationId: string | undefined) => fixtures.find((f) => f.operationId === operationId);

function running(job: Json, field: string | undefined): Json {
  const copy: Json = { ...job, status: 'RUNNING' };
  for (const name of FINISHED_FIELDS) delete copy[name];
  if (field && Array.isArray(job[field]))
    copy[field] = (job[field] as unknown[]).map((sub) => (isObject(sub) ? running(sub, undefined) : sub));
  return copy;
}

/** One story per server or set of handlers: jobs created by its orders, and how often each was looked up. */
export function createJobStory(options: JobStoryOptions = {}) {
  const jobPolls = options.jobPolls ?? 2;
  if (!Number.isInteger(jobPolls) || jobPolls < 0)
    throw new Error(`Failed to start the mocks: jobPolls must be a whole number >= 0, not ${String(jobPolls)}.`);
  const jobs = new Map<string, { polls: number }>();
  const show = fixtureOf(JOBS?.operationId);
  const listing = fixtureOf(JOBS?.subJobsOperationId);
  const field = JOBS?.subJobsField;
  const examples = show ? Object.values(show.responses[successStatus(show)]?.examples ?? {}).filter(isObject) : [];

  /** The job as it ends: the final example with its ID, else the first successful one (or the first, made successful) renamed, its sub-jobs too. */
  const finalJob = (id: string): Json => {
    const own = examples.find((e) => e.id === id && FINAL_JOB_STATUSES.includes(e.status as FinalJobStatus));
    if (own) return own;
    const base = examples.find((e) => e.status === 'SUCCESS') ?? examples[0] ?? {};
    const made = base.status === 'SUCCESS' ? {} : { status: 'SUCCESS' };
    const subs =
      field && Array.isArray(base[field])
        ? { [field]: (base[field] as unknown[]).map((s) => (isObject(s) ? { ...s, job_id: id, ...made } : s)) }
        : {};
    return { ...base, id, status: 'SUCCESS', ...subs };
  };
  const jobNow = (id: string, record: { polls: number }) =>
    record.polls <= jobPolls ? running(finalJob(id), field) : finalJob(id);
  const param = (op: OperationDescriptor, request: Request, location: 'path' | 'query', name: string | undefined) => {
    const read = readParameters(op, new URL(request.url), request.headers);
    return read.ok && name ? read.input[location][name] : undefined;
  };

  return {
    /** Answers like handleOperation (with `pinned` as its answer when given), with the story's jobs where they apply. */
    async answer(fixture: OperationFixture, request: Request, pinned?: () => Response): Promise<Response> {
      const op = descriptorOf(fixture);
      if (fixture === show && !pinned) {
        const id = param(op, request, 'path', JOBS?.idParameter);
        const record = typeof id === 'string' ? jobs.get(id) : undefined;
        if (typeof id === 'string' && record) {
          record.polls += 1;
          return handleOperation(fixture, request, () => jsonResponse(jobNow(id, record), 200));
        }
      }
      const paging = op.paging;
      if (paging && !pinned) {
        const read = readParameters(op, new URL(request.url), request.headers);
        const query = read.ok ? read.input.query : {};
        const id = fixture === listing && JOBS?.subJobsFilter ? query[JOBS.subJobsFilter] : undefined;
        const record = typeof id === 'string' ? jobs.get(id) : undefined;
        const examples = Object.values(fixture.responses[successStatus(fixture)]?.examples ?? {});
        // The sub-jobs of a job an order created are the story's; any other listing pages through the examples.
        const items =
          typeof id === 'string' && record && field
            ? ((jobNow(id, record)[field] as unknown[] | undefined) ?? [])
            : itemsOf(paging, examples);
        return handleOperation(fixture, request, () =>
          jsonResponse(pageOf(paging, items, query, exampleOf(fixture, successStatus(fixture))), 200),
        );
      }
      const response = await handleOperation(fixture, request, pinned);
      if (!op.safe && response.ok && byStatus(fixture.responses, response.status)?.kind === 'json') {
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => undefined);
        // Each order starts its job anew (the examples give every order of a kind the same job ID).
        if (isObject(body) && typeof body.job_id === 'string') jobs.set(body.job_id, { polls: 0 });
      }
      return response;
    },
  };
}

export type JobStory = ReturnType<typeof createJobStory>;
