// Bundles each API's multi-file spec into one JSON document with Redocly, then derives the closed
// variant the mock serves (CONVENTIONS.md: "Response schemas: required and additionalProperties").
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { apis, bundlePath, mockBundlePath, specRoot } from './apis.mjs';
import { closeObjectSchemas } from './close-object-schemas.mjs';
import { orderPaths } from './path-order.mjs';

const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
mkdirSync(`${specRoot}dist`, { recursive: true });

for (const { name } of apis) {
  if (!existsSync(`${specRoot}${name}/openapi.yaml`)) continue;
  execFileSync(process.execPath, [redocly, 'bundle', name, '--config', `${specRoot}../redocly.yaml`, '-o', bundlePath(name), '--ext', 'json'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  const spec = JSON.parse(readFileSync(bundlePath(name), 'utf8'));
  spec.paths = orderPaths(spec.paths);
  writeFileSync(bundlePath(name), `${JSON.stringify(spec, null, 2)}\n`);
  writeFileSync(mockBundlePath(name), `${JSON.stringify(closeObjectSchemas(spec), null, 2)}\n`);
  console.log(`bundled ${name} → dist/${name}.openapi.json, dist/${name}.mock.openapi.json`);
}
