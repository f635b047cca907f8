/**
 * Given the paging fixture's operations, what the model says: which change nothing (`safe`), how
 * each pageable one pages (nothing is hand-listed: parameters and the answer's one array decide),
 * which look pageable but are not (with a warning saying why), and which are the job lookups.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, normalize, type SpecModel } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/paging');
const model: Promise<SpecModel> = loadSpec(join(ROOT, 'spec/openapi.yaml'), ROOT).then(normalize);
const op = async (id: string) => (await model).operations.find((o) => o.operationId === id);

describe('paging and safety in the model', () => {
  it.each([
    {
      given: 'ListProducts',
      want: {
        safe: true,
        paging: { kind: 'offset', limit: 'limit', cursor: 'offset', items: 'products', total: 'total_count', pageSize: 100 },
      },
    },
    {
      given: 'ListImages',
      want: { safe: true, paging: { kind: 'marker', limit: 'limit', cursor: 'marker', items: 'images', markerField: 'id' } },
    },
    {
      given: 'ListVolumes',
      want: {
        safe: true,
        paging: { kind: 'offset', limit: 'limit', cursor: 'offset', items: 'volumes', total: 'total_count', pageSize: 100 },
      },
    },
    {
      given: 'ListItaSubJobs',
      want: {
        safe: true,
        paging: { kind: 'offset', limit: 'limit', cursor: 'offset', items: 'jobs', total: 'total_count', pageSize: 1000 },
      },
    },
    { given: 'ListZones', want: { safe: true, paging: undefined } },
    { given: 'ShowQuotas', want: { safe: true, paging: undefined } },
    { given: 'ListPolicies', want: { safe: true, paging: undefined } },
    { given: 'SearchThings', want: { safe: false, paging: undefined } },
    { given: 'EstimateAddResources', want: { safe: true, paging: undefined } },
  ])('$given', async ({ given, want }) => {
    const o = await op(given);
    expect({ safe: o?.safe, paging: o?.paging }).toEqual(want);
  });

  it('warns, naming the operation and the reason, where the parameters page but the answer does not say what to iterate', async () => {
    const warnings = (await model).warnings.filter((w) => w.includes('.all()'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /spec\/openapi\.yaml:\d+: ShowQuotas has the query parameters "limit" and "offset" but its answer has several arrays \(quotas, site_quotas\); it gets no \.all\(\) iterator\.$/,
      ),
      expect.stringMatching(
        /spec\/openapi\.yaml:\d+: ListPolicies has the query parameters "limit" and "marker" but the items of "policies" have no "id" to continue from; it gets no \.all\(\) iterator\.$/,
      ),
    ]);
  });

  it("finds the job lookups by Huawei's names: ShowJob by its job_id, ListItaSubJobs filtered by job_id", async () => {
    const { jobs } = await model;
    expect({
      show: jobs?.show.operationId,
      id: jobs?.idParameter,
      sub: jobs?.subJobs?.operationId,
      filter: jobs?.subJobsFilter,
      field: jobs?.subJobsField,
    }).toEqual({
      show: 'ShowJob',
      id: 'job_id',
      sub: 'ListItaSubJobs',
      filter: 'job_id',
      field: 'sub_jobs',
    });
  });
});
