/**
 * Opens the rendered reference in Debian's Chromium (no network) and checks that the four order
 * operations and their request schemas, and the job lookup with its parameter, render. Skips loudly only when Chromium is absent
 * and CI is unset; on CI a missing browser fails the test.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumTestRuns, launchChromium } from '../chromium.js';
// @ts-expect-error plain ESM helper without types
import { serveDocs } from '../server.mjs';

const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/api');
/** A request that leaves localhost. */
function offsite(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol.startsWith('http') && hostname !== '127.0.0.1';
}
/** One the page must not make: anything off localhost, the attribution logo included. */
function forbidden(request: Request): boolean {
  return offsite(request.url());
}

describe.skipIf(!chromiumTestRuns('the docs browser test'))('rendered API reference', () => {
  let browser: Browser;
  let page: Page;
  let close: () => void;
  let base = '';
  const forbiddenRequests: string[] = [];

  beforeAll(async () => {
    expect(existsSync(resolve(DOCS, 'index.html')), 'run npm run docs:build first').toBe(true);
    const { server, url } = await serveDocs(DOCS);
    close = () => server.close();
    browser = await launchChromium();
    page = await browser.newPage();
    // A fake clock that runs in real time but can jump: Redoc batches its telemetry for 5 s, so the
    // last test jumps ahead to flush anything queued instead of waiting.
    await page.clock.install();
    // Every forbidden request is recorded when issued, so a page that phones home fails here even
    // on a machine whose network would answer it. Recorded from the 'request' event (registered
    // before any waitForRequest below, so it runs first)…
    page.on('request', (request) => {
      if (forbidden(request)) forbiddenRequests.push(`${request.resourceType()} ${request.url()}`);
    });
    // …and nothing off localhost is let through.
    await page.route(
      (url) => offsite(url.href),
      (route) => route.abort('blockedbyclient'),
    );
    base = url;
    await page.goto(`${url}#/orders`, { waitUntil: 'load' });
    await page.waitForSelector('a[href="#/orders/createorder"]', { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  const ORDERS: Record<string, { summary: string; fields: string[] }> = {
    adddesktopsubresources: {
      summary: 'Buy collaboration resources for desktops',
      fields: ['sub_resource_sku', 'order_id', 'desktop_ids'],
    },
    createorder: {
      summary: 'Place a yearly/monthly order',
      fields: ['type', 'enterprise_project_id', 'resources', 'extend_param'],
    },
    createdesktoporder: {
      summary: 'Order desktops with hourly packages',
      fields: ['enterprise_project_id', 'hour_package_resources', 'extend_param'],
    },
    createdesktoppoolchangeorder: {
      summary: 'Change the orders of a yearly/monthly desktop pool',
      fields: ['type', 'add_volume_param', 'resize_param', 'delete_sub_resources_param'],
    },
  };

  it('lists the four order operations and the Jobs tag', async () => {
    const links = await page.$$eval('a[href^="#/"]', (els) => [...new Set(els.map((e) => e.getAttribute('href')))]);
    for (const id of Object.keys(ORDERS)) expect(links).toContain(`#/orders/${id}`);
    expect(links).toContain('#/jobs');
    const text = await page.evaluate(() => document.body.innerText);
    for (const { summary } of Object.values(ORDERS)) expect(text).toContain(summary);
  });

  it('renders the job lookup with its job_id path parameter and response fields', async () => {
    await page.goto(`${base}#/jobs/showjob`, { waitUntil: 'load' });
    const prefix = 'a[href^="#/jobs/showjob#"]';
    await page.waitForSelector(`${prefix}[href$="t=request&in=path&path=job_id"]`, { state: 'attached', timeout: 15_000 });
    for (const field of ['status', 'fail_reason', 'sub_jobs'])
      await page.waitForSelector(`${prefix}[href$="t=response&c=200&path=${field}"]`, { state: 'attached', timeout: 15_000 });
    expect(await page.evaluate(() => document.body.innerText)).toContain('Look up a job');
  });

  it.each(Object.entries(ORDERS))('renders the request schema of %s', async (id, { fields }) => {
    await page.goto(`${base}#/orders/${id}`, { waitUntil: 'load' });
    for (const field of fields) {
      // Plain bodies link `…t=request&path=<field>`; oneOf bodies `…t=request&path=&d=0/<field>`.
      const prefix = `a[href^="#/orders/${id}#"][href*="t=request&"]`;
      await page.waitForSelector(`${prefix}[href$="path=${field}"], ${prefix}[href$="/${field}"]`, {
        state: 'attached',
        timeout: 15_000,
      });
    }
  });

  it('links the guides, which open as pages beside the reference (no repository URL)', async () => {
    await page.goto(`${base}#/`, { waitUntil: 'load' });
    await page.waitForSelector('a[href="guides/from-catalogue-to-desktop.html"]', { state: 'attached', timeout: 15_000 });
    const links = await page.$$eval('a[href]', (els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(links.filter((h) => h.startsWith('guides/')).sort()).toEqual([
      'guides/doc-conflicts.html',
      'guides/from-catalogue-to-desktop.html',
      'guides/regenerating.html',
    ]);
    expect(links.some((h) => h.includes('github.com'))).toBe(false);
    const guide = await browser.newPage();
    await guide.goto(`${base}guides/from-catalogue-to-desktop.html`, { waitUntil: 'load' });
    const text = await guide.evaluate(() => document.body.innerText);
    expect(text).toContain('From catalogue to desktop');
    expect(text).toContain("createWorkspaceClient({ region: 'ap-southeast-1' })");
    await guide.close();
  });

  it('requests nothing outside localhost (no telemetry, no CDN scripts)', async () => {
    const late = page.waitForRequest(forbidden, { timeout: 2_000 }).catch(() => undefined);
    await page.clock.fastForward(60_000);
    await late;
    expect(forbiddenRequests).toEqual([]);
  });
});
