// examples/consumer-vitest exactly as a user copies it (see describeCopiedExample): its own `npm test`
// runs tsc and vitest against the mock it starts. The same installed copy also type-checks the root
// README's TypeScript snippets, as a user pasting them would.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './support/packages.js';
import { describeCopiedExample } from './support/copied-example.js';

describeCopiedExample('consumer-vitest', (example) => {
  it("type-checks the root README's TypeScript snippets against the installed packages", () => {
    const snippets = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    mkdirSync(join(example.dir, 'readme'));
    snippets.forEach((code, i) => writeFileSync(join(example.dir, 'readme', `snippet-${i + 1}.ts`), code));
    const tsconfig = JSON.parse(readFileSync(join(example.dir, 'tsconfig.json'), 'utf8'));
    writeFileSync(join(example.dir, 'tsconfig.readme.json'), JSON.stringify({ ...tsconfig, include: ['readme'] }));
    try {
      example.sh(join(example.dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.readme.json']);
    } catch (error) {
      throw new Error(`README snippets do not type-check:\n${(error as { stdout: string }).stdout}`);
    }
  }, 120_000);
});
