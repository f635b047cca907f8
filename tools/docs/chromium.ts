/**
 * Debian's Chromium for the browser tests (the rendered docs here, the bundled client in
 * tools/contract-tests): whether a test runs, and how the browser is launched.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether a browser test runs: Chromium is installed, or CI is set (where its absence must fail
 * the test, not skip it). A skip is announced loudly, naming `what`.
 */
export function chromiumTestRuns(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (!process.env.CI) console.warn(`\n\n*** SKIPPING ${what}: ${CHROMIUM} is missing (apt-get install -y chromium). ***\n\n`);
  return Boolean(process.env.CI);
}

/** Launches it headless, without background networking, QUIC, component updates, sync or a sandbox. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Failed to launch Chromium: ${CHROMIUM} is missing. Did you apt-get install -y chromium? CI needs it.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
