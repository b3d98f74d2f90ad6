// Writes generated/<api>.d.ts for every bundled API. With CI set it only checks: a committed file
// that differs from what the spec produces fails the run instead of being silently rewritten.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apis, bundlePath } from '@ats-sdk/spec/apis';
import { renderTypes } from './render-types.mjs';

const checkOnly = Boolean(process.env.CI);
let stale = 0;
for (const { name } of apis) {
  if (!existsSync(bundlePath(name))) continue;
  const target = new URL(`../generated/${name}.d.ts`, import.meta.url);
  const fresh = await renderTypes(name);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === fresh) continue;
  if (checkOnly) {
    console.error(`packages/types/generated/${name}.d.ts is stale: run \`pnpm generate\` and commit the result.`);
    stale++;
  } else {
    writeFileSync(target, fresh);
    console.log(`generated packages/types/generated/${name}.d.ts`);
  }
}
process.exit(stale ? 1 : 0);
