/**
 * The `hwc-workspace-mock` command as users run it (the built bin): it takes tokens and access keys
 * from flags and from the environment, and says in one line when its port is taken.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createWorkspaceClient, type WorkspaceAuth } from '@hwc-workspace/client';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BODY = { sub_resource_sku: 's', desktop_ids: ['d'] };
const running: Array<() => void> = [];
afterEach(() => running.splice(0).forEach((stop) => stop()));

/** Starts the bin; resolves with its URL once it listens, or with its exit code and stderr. */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ url?: string; code?: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(() => child.kill());
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m && stdout.includes('curl')) resolve({ url: m[1], stdout, stderr });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('hwc-workspace-mock', () => {
  it('accepts the tokens and access keys given by flags, and only those', async () => {
    const { url, stdout } = await run(['--token', 'tok-1', '--access-key', 'AK1:SK1']);
    expect(url).toBeTruthy();
    expect(stdout).toContain('AK1');
    expect(stdout).not.toContain('SK1');
    const status = async (auth: WorkspaceAuth) =>
      (await createWorkspaceClient({ endpoint: url!, projectId: 'p', auth }).addDesktopSubResources(BODY)).response.status;
    expect(await status({ accessKey: 'AK1', secretKey: 'SK1' })).toBe(200);
    expect(await status({ token: 'tok-1' })).toBe(200);
    expect(await status({ token: 'tok-2' })).toBe(401);
    expect(await status({ accessKey: 'AK1', secretKey: 'nope' })).toBe(401);
  });

  it('takes them from HWC_MOCK_TOKENS and HWC_MOCK_ACCESS_KEYS', async () => {
    const { url } = await run([], { HWC_MOCK_TOKENS: 'a,b', HWC_MOCK_ACCESS_KEYS: 'AK1:SK1,AK2:SK:2' });
    for (const auth of [{ token: 'b' }, { accessKey: 'AK1', secretKey: 'SK1' }, { accessKey: 'AK2', secretKey: 'SK:2' }]) {
      const res = await createWorkspaceClient({ endpoint: url!, projectId: 'p', auth }).addDesktopSubResources(BODY);
      expect(res.response.status, JSON.stringify(Object.keys(auth))).toBe(200);
    }
  });

  it('refuses a malformed access key without echoing it', async () => {
    const result = await run(['--access-key', 'secretonly']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/AK:SK/);
    expect(result.stderr).not.toContain('secretonly');
  });

  it('says in one line that its port is taken, without a stack', async () => {
    const busy: Server = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as { port: number }).port;
    try {
      const result = await run(['--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `hwc-workspace-mock: port ${port} on 127.0.0.1 is already in use (another mock?). Stop it, or choose another port: --port 4011 or PORT=4011.`,
      );
    } finally {
      busy.close();
    }
  });
});
