/**
 * The client in a browser: bundled with esbuild for the browser (with the mocks package's main entry,
 * which must not pull in Node), loaded in Debian's Chromium from a page on one origin, calling
 * startMockServer on another (CORS) with an IAM token and with AK/SK signed by @noble/hashes (a
 * browser has no node:crypto).
 * Skips loudly only when Chromium is absent and CI is unset.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromiumTestRuns, launchChromium } from '@hwc-workspace/docs/chromium';
import { type MockServer, startMockServer } from '@hwc-workspace/mocks/server';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KEYS = { accessKey: 'BROWSERAK0000001', secretKey: 'browser-secret-key' };

/** An ESM bundle for browsers, in memory, with its metafile. */
const browserBundle = (entry: { entryPoints: string[] } | { stdin: { contents: string; resolveDir: string } }) =>
  build({ ...entry, bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true });

describe('esbuild bundle for the browser', () => {
  it('refuses nothing from the mocks main entry and the client (no node: imports)', async () => {
    const result = await browserBundle({ entryPoints: [fileURLToPath(new URL('../browser/entry.ts', import.meta.url))] });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('packages/client/'))).toBe(true);
    expect(inputs.filter((i) => /node:|mocks\/dist\/(server|body|cli)\.js/.test(i))).toEqual([]);
  });

  it('fails for the node:http server entry, which is why it is a subpath of its own', async () => {
    const entry = "import { startMockServer } from '@hwc-workspace/mocks/server'; console.log(startMockServer);";
    const attempt = build({
      stdin: { contents: entry, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    await expect(attempt).rejects.toThrow(/node:http/);
  });

  it('keeps of one imported operation only its own descriptor and validators, and no openapi-fetch', async () => {
    const result = await browserBundle({
      stdin: {
        contents: "export { createOrder, createWorkspaceContext } from '@hwc-workspace/client';",
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      },
    });
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).toContain('"/v2/{project_id}/periodic/subscribe/order"');
    // Other operations: their descriptors (paths) and their validators' modules.
    expect(text).not.toContain('"/v2/{project_id}/desktop/sub-resources"');
    expect(text).not.toContain('"/v2/{project_id}/workspace-jobs/{job_id}"');
    // Modules that left bytes in the output (inputs lists every module read, even if dropped).
    const output = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
    const inputs = Object.keys(output).filter((i) => (output[i]?.bytesInOutput ?? 0) > 0);
    expect(inputs.some((i) => i.includes('validators/dist/generated/create-order.js'))).toBe(true);
    expect(inputs.filter((i) => /openapi-fetch|validators\/dist\/generated\/(show-job|list-images)\.js/.test(i))).toEqual([]);
  });
});

describe.skipIf(!chromiumTestRuns('the client browser test'))('the client in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let mock: MockServer;
  let site: Server;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../browser/entry.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'chrome120',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    mock = await startMockServer({ auth: { tokens: ['browser-token'], accessKeys: { [KEYS.accessKey]: KEYS.secretKey } } });
    // The page comes from another origin than the mock, as an app's would.
    site = createServer((req, res) => {
      if (req.url === '/app.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      else
        res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<!doctype html><title>client</title><script type="module" src="/app.js"></script>');
    });
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
    browser = await launchChromium();
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    await page
      .waitForFunction(() => 'hwc' in window, null, { timeout: 20_000 })
      .catch(() => expect.fail(`the bundle did not load: ${errors.join('; ')}`));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await mock?.close();
    site?.close();
  });

  const call = (auth: unknown) =>
    page.evaluate(([url, a]) => window.hwc.call(url as string, a as never), [mock.url, auth] as const);

  it('is a secure context on another origin than the mock', async () => {
    expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle.sign, location.origin])).toEqual([
      true,
      'function',
      expect.not.stringContaining(mock.url),
    ]);
  });

  it('calls with an IAM token', async () => {
    const result = await call({ token: 'browser-token' });
    expect(result).toMatchObject({ status: 200, data: { job_id: expect.any(String) } });
    expect(result.requestId).toBeTruthy(); // X-Request-Id is exposed to the page by CORS
    expect(await call({ token: 'other' })).toMatchObject({ status: 401 });
  });

  it('signs with AK/SK (@noble/hashes) and the mock verifies the signature', async () => {
    expect(await call(KEYS)).toMatchObject({ status: 200, data: { job_id: expect.any(String) } });
    expect(await call({ ...KEYS, secretKey: 'wrong' })).toMatchObject({ status: 401, error: { error_code: 'APIGW.0301' } });
  });

  it('builds the MSW handlers in the page', async () => {
    expect(await page.evaluate(() => window.hwc.handlerCount())).toBeGreaterThanOrEqual(4);
  });
});
