// Preloaded (node --import) before a README or guide program runs in the scratch project. It starts
// the installed package's mock server, gives the program the environment a user would (HWC_*
// variables, and the keys as HUAWEICLOUD_SDK_AK/SK without a project ID), and sends the calls the
// program makes to Huawei's regional Workspace and IAM endpoints to that mock instead (the mock also
// answers the IAM project lookup). AK/SK requests are signed again for the mock's host, since a
// signature covers the host it was made for.

import { signRequest } from '@hwc-workspace/client';
import { startMockServer } from '@hwc-workspace/mocks/server';

const keys = { accessKey: 'CONSUMERAK', secretKey: 'consumer-secret' };
Object.assign(process.env, {
  HWC_PROJECT_ID: 'p1',
  HWC_TOKEN: 'consumer-token',
  HWC_DESKTOP_ID: 'desktop-1',
  HWC_ACCESS_KEY: keys.accessKey,
  HWC_SECRET_KEY: keys.secretKey,
  HWC_POOL_ID: 'pool-1',
  HWC_SUBNET_ID: '197c1aa4-2611-48bd-a3af-ac4ce2c17c4c',
  HWC_ADDON_SKU: 'workspace.desktop.sharer.1',
  HUAWEICLOUD_SDK_AK: keys.accessKey,
  HUAWEICLOUD_SDK_SK: keys.secretKey,
});
delete process.env.HUAWEICLOUD_SDK_PROJECT_ID;
// One RUNNING answer before a job is final: the guide waits one poll interval.
const mock = await startMockServer({
  jobPolls: 1,
  auth: { tokens: ['consumer-token'], accessKeys: { [keys.accessKey]: keys.secretKey } },
});
mock.server.unref();
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  let request = new Request(input, init);
  const url = new URL(request.url);
  if (/^(workspace|iam)\.([a-z0-9-]+\.)?myhuaweicloud\.com$/.test(url.hostname)) {
    const target = new URL(url.pathname + url.search, mock.url);
    const signed = request.headers.get('Authorization')?.startsWith('SDK-HMAC-SHA256');
    request = new Request(target, request);
    if (signed) request = await signRequest(request, keys);
    process.stderr.write(`[harness] ${request.method} ${url.host}${url.pathname} -> mock\n`);
  }
  return realFetch(request);
};
