// Preloaded (node --import) before a README program runs in the scratch project. It starts the
// installed package's mock server, gives the program the environment a user would (HWC_* variables),
// and sends the calls the program makes to Huawei's regional endpoints to that mock instead. AK/SK
// requests are signed again for the mock's host, since a signature covers the host it was made for.
import { startMockServer } from '@hwc-workspace/mocks/server';
import { signRequest } from '@hwc-workspace/client';

const keys = { accessKey: 'CONSUMERAK', secretKey: 'consumer-secret' };
Object.assign(process.env, {
  HWC_PROJECT_ID: 'p1',
  HWC_TOKEN: 'consumer-token',
  HWC_DESKTOP_ID: 'desktop-1',
  HWC_ACCESS_KEY: keys.accessKey,
  HWC_SECRET_KEY: keys.secretKey,
  HWC_POOL_ID: 'pool-1',
});
const mock = await startMockServer({ auth: { tokens: ['consumer-token'], accessKeys: { [keys.accessKey]: keys.secretKey } } });
mock.server.unref();
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  let request = new Request(input, init);
  const url = new URL(request.url);
  if (/^workspace\.[a-z0-9-]+\.myhuaweicloud\.com$/.test(url.hostname)) {
    const target = new URL(url.pathname + url.search, mock.url);
    const signed = request.headers.get('Authorization')?.startsWith('SDK-HMAC-SHA256');
    request = new Request(target, request);
    if (signed) request = await signRequest(request, keys);
    process.stderr.write(`[harness] ${request.method} ${url.host}${url.pathname} -> mock\n`);
  }
  return realFetch(request);
};
