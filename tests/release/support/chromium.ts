// A Chromium-family browser driven by playwright-core (no browser download): the API reference test
// opens the built pages in a real headless browser. It uses what the machine has: CHROMIUM_PATH,
// else Debian's chromium, else Google Chrome (which GitHub's Ubuntu and macOS images ship).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where each platform's usual Chromium or Chrome lives, in order of preference. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to use: CHROMIUM_PATH when set (it must exist), else the first candidate present. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((path) => exists(path));
}

/**
 * The browser's path. On a Debian machine without any (this project's own CI), installs Debian's
 * chromium package as root, as .ci/run does; anywhere else a missing browser is a clear error.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found && existsSync(found)) return found;
  if (found) throw new Error(`CHROMIUM_PATH points at ${found}, which does not exist.`);
  const debian = existsSync('/etc/debian_version') && !/ubuntu/i.test(execFileSync('cat', ['/etc/os-release'], { encoding: 'utf8' }));
  if (!debian || process.getuid?.() !== 0) {
    throw new Error(`No Chromium or Chrome found (looked at ${CHROMIUM_CANDIDATES.join(', ')}): install one or set CHROMIUM_PATH.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env });
  return CHROMIUM_CANDIDATES[0]!;
}

export function launchChromium(executablePath: string = ensureChromium()): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // The machine's network is closed: keep Chromium from trying.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
