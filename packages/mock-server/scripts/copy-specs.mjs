// Ships the closed mock bundles inside the package, so the mock works from an installed tarball.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { apis, mockBundlePath } from '@ats-sdk/spec/apis';

mkdirSync(new URL('../specs/', import.meta.url), { recursive: true });
for (const { name } of apis) {
  if (!existsSync(mockBundlePath(name))) continue;
  copyFileSync(mockBundlePath(name), new URL(`../specs/${name}.openapi.json`, import.meta.url));
}
