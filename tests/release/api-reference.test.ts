// The HTML API reference the build produces (redocly build-docs, Redoc inlined): opened in headless
// Chromium, every operation's heading must render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listOperations, type ApiName } from '@ats-sdk/spec/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, launchChromium } from './support/chromium.js';
import { ROOT } from './support/packages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(ensureChromium());
}, 600_000);
afterAll(() => browser?.close());

// Tall enough that Redoc's lazily rendered sections are all in view at once.
const VIEWPORT = { width: 1280, height: 12_000 };

describe.each<ApiName>(['recruspace', 'unified-ats'])('%s API reference', (api) => {
  const file = join(ROOT, 'spec/dist/docs', `${api}.html`);
  const url = pathToFileURL(file).href;

  it('is one self-contained page: no script or stylesheet from elsewhere', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+rel="(modulepreload|stylesheet)"[^>]+href="https?:/);
  });

  it('renders a heading for every operation, and reaches no network', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const external: string[] = [];
    page.on('request', (request) => void (/^https?:/.test(request.url()) && external.push(request.url())));
    try {
      await page.goto(url);
      // A 2.7 MB page: on a busy machine its first render can take longer than poll's default second.
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 }).toMatch(/API \(1\.0\.0\)$/);
      const byTag = new Map<string, string[]>();
      for (const { operation } of listOperations(api)) {
        const tag = (operation.tags as string[])[0]!;
        byTag.set(tag, [...(byTag.get(tag) ?? []), operation.summary as string]);
      }
      const missing: string[] = [];
      // Redoc 3 shows one tag's operations at a time: open each from the menu, as a reader would.
      for (const [tag, summaries] of byTag) {
        await page.locator('a[href^="/"]', { hasText: new RegExp(`^${tag}$`) }).first().click();
        for (const summary of summaries) {
          await page
            .waitForFunction((text) => [...document.querySelectorAll('h2')].some((h) => h.textContent?.trim() === text), summary, {
              timeout: 10_000,
            })
            .catch(() => missing.push(`${tag}: ${summary}`));
        }
      }
      expect(missing).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
