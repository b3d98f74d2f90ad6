// Ships the bundles inside the package, so the mock and the drift proxy work from an installed
// tarball: the closed mock bundle the mock serves, and the open bundle the proxy checks reality against.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { apis, bundlePath, mockBundlePath } from '@ats-sdk/spec/apis';

mkdirSync(new URL('../specs/', import.meta.url), { recursive: true });
for (const { name } of apis) {
  if (existsSync(mockBundlePath(name))) copyFileSync(mockBundlePath(name), new URL(`../specs/${name}.openapi.json`, import.meta.url));
  if (existsSync(bundlePath(name))) copyFileSync(bundlePath(name), new URL(`../specs/${name}.open.openapi.json`, import.meta.url));
}
