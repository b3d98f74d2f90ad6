// Runs against the built package (dist/), as users get it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../dist/index.mjs';
import { AUTH as auth, isRunning, waitUntil } from './support.js';

const CANDIDATE = '/api/v1/client/candidates/123/';

describe('startMockServer', () => {
  it('serves the spec on a free port, enforces auth, and stops cleanly', async () => {
    const mock = await startMockServer({ api: 'recruspace' });
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ok = await fetch(mock.url + CANDIDATE, { headers: auth });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ email: expect.any(String) });
      const anonymous = await fetch(mock.url + CANDIDATE);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ detail: expect.any(String) });
    } finally {
      await mock.close();
    }
    expect(isRunning(mock.pid)).toBe(false);
    await expect(fetch(mock.url + CANDIDATE, { headers: auth })).rejects.toThrow();
    await mock.close(); // a second close is harmless
  });

  it('defect 8: reports the death of its process through `closed`, and resolves it on close()', async () => {
    const dying = await startMockServer({ api: 'recruspace' });
    process.kill(dying.pid, 'SIGKILL');
    await expect(dying.closed).rejects.toThrow(/Mock server process \d+ was killed by SIGKILL/);
    await dying.close(); // already gone: still safe

    const closing = await startMockServer({ api: 'recruspace' });
    await closing.close();
    await expect(closing.closed).resolves.toBeUndefined();
  });

  it('runs two servers side by side on different ports', async () => {
    const [a, b] = await Promise.all([startMockServer({ api: 'recruspace' }), startMockServer({ api: 'recruspace' })]);
    try {
      expect(a.url).not.toBe(b.url);
      const statuses = await Promise.all([a, b].map((m) => fetch(m.url + CANDIDATE, { headers: auth }).then((r) => r.status)));
      expect(statuses).toEqual([200, 200]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('serves both APIs on one port with api: all', async () => {
    const mock = await startMockServer({ api: 'all' });
    try {
      expect(mock.urls).toEqual({ recruspace: mock.url, 'unified-ats': mock.url });
      const [rs, ua] = await Promise.all([
        fetch(mock.url + CANDIDATE, { headers: auth }),
        fetch(`${mock.url}/unified/ats/jobs?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d`, { headers: auth }),
      ]);
      expect([rs.status, ua.status]).toEqual([200, 200]);
      expect(await ua.json()).toMatchObject({ result: expect.any(Array) });
    } finally {
      await mock.close();
    }
  });

  it('rejects with a clear error when the port is taken, leaving nothing running', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startMockServer({ api: 'recruspace', port })).rejects.toThrow(/failed to start.*EADDRINUSE|EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  it('rejects an unknown api before starting anything', async () => {
    // @ts-expect-error: not an API this package serves
    await expect(startMockServer({ api: 'greenhouse' })).rejects.toThrow(/Unknown api "greenhouse"/);
  });

  it('never outlives the process that started it', async () => {
    const script = `
      const { startMockServer } = await import(${JSON.stringify(new URL('../dist/index.mjs', import.meta.url).href)});
      const mock = await startMockServer({ api: 'recruspace' });
      console.log(JSON.stringify({ pid: mock.pid }));
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(parent.stdout!, 'data')) as [Buffer];
    const { pid } = JSON.parse(line.toString()) as { pid: number };
    expect(isRunning(pid)).toBe(true);
    parent.kill('SIGKILL'); // no chance to clean up: the worker must notice on its own
    await waitUntil(() => !isRunning(pid));
  });
});
