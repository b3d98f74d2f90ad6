// The HTML API reference of each API, one self-contained page each (Redoc inlined: no CDN, and its
// browser telemetry off), so the docs open offline from dist/docs/<api>.html.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { apis, specRoot } from './apis.mjs';

const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

// --inlineBundle still leaves Redoc's footer logo on a CDN; an inline SVG keeps the page offline.
const LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-size="11" font-family="sans-serif">Redocly</text></svg>',
).toString('base64')}`;
mkdirSync(`${specRoot}dist/docs`, { recursive: true });

for (const { name } of apis) {
  if (!existsSync(`${specRoot}${name}/openapi.yaml`)) continue;
  execFileSync(
    process.execPath,
    [redocly, 'build-docs', name, '--config', `${specRoot}../redocly.yaml`, '--inlineBundle',
      '--openapi.disableTelemetry=true', '-o', `${specRoot}dist/docs/${name}.html`],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  const page = `${specRoot}dist/docs/${name}.html`;
  writeFileSync(page, readFileSync(page, 'utf8').replace(LOGO, INLINE_LOGO));
  console.log(`built dist/docs/${name}.html`);
}
