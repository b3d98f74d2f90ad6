// The `ats-mock` bin as CI pipelines run it.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { AUTH, isRunning, readBody, waitUntil } from './support.js';

const BIN = new URL('../bin/ats-mock.mjs', import.meta.url).pathname;

async function startCli(...args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const urls: Record<string, string> = {};
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const found = /^(\S+) mock listening on (http:\/\/\S+)$/.exec(line);
    if (found) urls[found[1]!] = found[2]!;
    if (Object.keys(urls).length === (args.includes('all') || !args.includes('--api') ? 2 : 1)) break;
  }
  return { child, urls };
}

describe('ats-mock', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('prints each URL once it answers and exits cleanly on %s', async (signal) => {
    const { child, urls } = await startCli('--api', 'all', '--port', '0');
    expect(Object.keys(urls).sort()).toEqual(['recruspace', 'unified-ats']);
    const ok = await fetch(`${urls.recruspace}/api/v1/client/talent-pools/`, { headers: AUTH });
    expect(ok.status).toBe(200);
    const { pid } = (await readBody(await fetch(`${urls['unified-ats']}/__mock/health`))) as { pid: number };
    const exited = once(child, 'exit');
    child.kill(signal);
    const [code] = await exited;
    expect(code).toBe(0);
    await waitUntil(() => !isRunning(pid)); // no worker left behind
  });

  it('exits 0 on Ctrl-C at a terminal, which signals the worker too (the whole process group)', async () => {
    const child = spawn(process.execPath, [BIN, '--api', 'recruspace', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const exited = once(child, 'exit');
    try {
      let url: string | undefined;
      for await (const line of createInterface({ input: child.stdout! })) if ((url = /listening on (\S+)$/.exec(line)?.[1])) break;
      const { pid } = (await readBody(await fetch(`${url}/__mock/health`))) as { pid: number };
      // The signal can reach the worker before the CLI: the worker must leave its stopping to the CLI,
      // or the CLI sees its worker die and reports a failure for a clean stop.
      process.kill(pid, 'SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(isRunning(pid)).toBe(true);
      process.kill(-child.pid!, 'SIGINT');
      const [code] = await exited;
      expect(code).toBe(0);
      await waitUntil(() => !isRunning(pid));
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });

  it('exits 0 when the stop signal comes more than once (Ctrl-C to the group, then pnpm and scripts/mock.mjs forward it)', async () => {
    const { child, urls } = await startCli('--api', 'recruspace', '--port', '0');
    const { pid } = (await readBody(await fetch(`${urls.recruspace}/__mock/health`))) as { pid: number };
    const exited = once(child, 'exit');
    // What a CI log showed: pnpm forwards SIGINT to its script and our wrapper turns each into a
    // SIGTERM, so the CLI can get one SIGINT and two SIGTERMs before its worker has stopped.
    // A few ms apart: the kernel merges a signal that is still pending with the next of its kind.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGTERM', 'SIGINT'] as const) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      child.kill(signal);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    await waitUntil(() => !isRunning(pid));
  });

  it('serves one API when asked, with state when asked', async () => {
    const { child, urls } = await startCli('--api', 'recruspace', '--port', '0', '--stateful');
    try {
      expect(Object.keys(urls)).toEqual(['recruspace']);
      const created = await fetch(`${urls.recruspace}/api/v1/client/talent-pools/create/`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'From the CLI' }),
      });
      expect(created.status).toBe(201);
      const listed = (await readBody(await fetch(`${urls.recruspace}/api/v1/client/talent-pools/`, { headers: AUTH }))) as { name: string }[];
      expect(listed.map((p) => p.name)).toContain('From the CLI');
      const other = await fetch(`${urls.recruspace}/unified/ats/jobs`, { headers: AUTH });
      expect(other.status).toBe(404);
    } finally {
      child.kill('SIGINT');
      await once(child, 'exit');
    }
  });

  it('defect 8: exits non-zero with the reason when its worker dies', async () => {
    const { child, urls } = await startCli('--api', 'recruspace', '--port', '0');
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const { pid } = (await readBody(await fetch(`${urls.recruspace}/__mock/health`))) as { pid: number };
    const exited = once(child, 'exit');
    process.kill(pid, 'SIGKILL');
    const [code] = await exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/ats-mock: Mock server process \d+ was killed by SIGKILL/);
  });

  it('--help prints the usage', () => {
    const result = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: ats-mock \[--api recruspace\|unified-ats\|all\]/);
    for (const flag of ['--port', '--host', '--dynamic', '--seed', '--stateful']) expect(result.stdout).toContain(flag);
  });

  it.each([
    [['--api', 'greenhouse'], /unknown --api "greenhouse"/],
    [['--port', 'eighty'], /--port must be an integer/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with exit code 2 and the usage', (args, message) => {
    const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: ats-mock');
  });
});
