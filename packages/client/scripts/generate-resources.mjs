// Writes src/resources/<api>.ts for every bundled API (see render-resources.mjs). With CI set it only
// checks: a committed file that differs from what the spec produces fails the run instead of being
// silently rewritten (the same contract as packages/types).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { apis, bundlePath } from '@ats-sdk/spec/apis';
import { renderResources } from './render-resources.mjs';

const checkOnly = Boolean(process.env.CI);
let stale = 0;
mkdirSync(new URL('../src/resources/', import.meta.url), { recursive: true });
for (const { name } of apis) {
  if (!existsSync(bundlePath(name))) continue;
  const target = new URL(`../src/resources/${name}.ts`, import.meta.url);
  const fresh = renderResources(name);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === fresh) continue;
  if (checkOnly) {
    console.error(`packages/client/src/resources/${name}.ts is stale: run \`pnpm generate\` and commit the result.`);
    stale++;
  } else {
    writeFileSync(target, fresh);
    console.log(`generated packages/client/src/resources/${name}.ts`);
  }
}
process.exit(stale ? 1 : 0);
