// Writes the report atomically (a temporary file in the same directory, then a rename), so a
// reader never sees half a report, not even when the proxy is killed mid-write. Writes coalesce:
// a burst of requests costs one write after the one in flight.
import { renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';

export function createReportWriter(path: string, snapshot: () => unknown) {
  const temporary = `${path}.${process.pid}.tmp`;
  let writing: Promise<void> | undefined;
  let again = false;
  let lastError: Error | undefined;

  async function writeLoop() {
    do {
      again = false;
      try {
        await writeFile(temporary, `${JSON.stringify(snapshot(), null, 2)}\n`);
        await rename(temporary, path);
        lastError = undefined;
      } catch (error) {
        lastError = error as Error;
      }
    } while (again);
    writing = undefined;
  }

  return {
    /** Schedules a rewrite; resolves once the report on disk includes everything recorded so far. */
    write(): Promise<void> {
      if (writing) {
        again = true;
        return writing;
      }
      writing = writeLoop();
      return writing;
    },
    /** Writes now, synchronously: for exit paths, where nothing asynchronous may run any more. */
    writeSync() {
      writeFileSync(temporary, `${JSON.stringify(snapshot(), null, 2)}\n`);
      renameSync(temporary, path);
    },
    /** Waits for any write in flight. */
    settled: () => writing ?? Promise.resolve(),
    /** The last write's failure (a full disk, a removed directory), if it failed. */
    lastError: () => lastError,
  };
}
