// What the SDK's types cost a consumer's `tsc --noEmit`: a file using both clients vs an empty one.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round, time } from './stats.ts';

const BENCH = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(BENCH, 'node_modules/.bin/tsc');

export async function typecheckCost({ repetitions }: { repetitions: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'ats-sdk-tsc-'));
  const project = (file: string) => {
    const path = join(dir, `tsconfig.${file}.json`);
    writeFileSync(
      path,
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, types: [], lib: ['ES2023', 'DOM'], skipLibCheck: true },
        files: [join(BENCH, 'fixtures', `${file}.ts`)],
      }),
    );
    return path;
  };
  const configs = { consumer: project('consumer'), empty: project('empty') };
  try {
    const runs: Record<string, number[]> = { consumer: [], empty: [] };
    for (let i = 0; i < repetitions; i++) {
      for (const name of i % 2 ? ['empty', 'consumer'] : ['consumer', 'empty']) {
        runs[name]!.push(await time(async () => execFileSync(TSC, ['-p', configs[name as keyof typeof configs]], { cwd: BENCH, stdio: 'ignore' })));
      }
    }
    const consumer = median(runs.consumer!);
    const empty = median(runs.empty!);
    return { consumerMs: round(consumer, 0), emptyMs: round(empty, 0), addedMs: round(consumer - empty, 0), targets: { addedMs: 1000 } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
