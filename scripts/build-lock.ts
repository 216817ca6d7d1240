/**
 * One build at a time per project. Astro writes every build's server code to the project's
 * own `.astro/.prerender/`, whatever the output folder, so a second `npm run build` started
 * beside a first one (another terminal, a test, a CI step) deletes the code the first is
 * rendering with and both fail (`Cannot find module '.astro/.prerender/chunks/…'`, or
 * ENOTEMPTY on the staging folder). The second build waits for the first instead.
 *
 * The lock is a file holding the building process's id, put in place whole (a hard link to a
 * file already written, which fails if the lock exists) so no one reads it half-written. A lock
 * whose process is gone (a build killed by the machine) is taken over.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a process with this id is running (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The id of the process holding `file`, or nothing if the lock is free or stale (then removed). */
function holder(file: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (Number.isInteger(pid) && pid > 0 && running(pid)) return pid;
  rmSync(file, { force: true });
  return undefined;
}

/**
 * Takes the lock `file` for this process, waiting (checking every `pollMs`) while another
 * running process holds it; `waiting` is told once, with that process's id. Returns the
 * function that releases it.
 */
export async function takeBuildLock(
  file: string,
  { waiting, pollMs = 500 }: { waiting?: (pid: number) => void; pollMs?: number } = {},
): Promise<() => void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  let told = false;
  for (;;) {
    try {
      linkSync(mine, file);
      rmSync(mine, { force: true });
      return () => {
        if (holder(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        rmSync(mine, { force: true });
        throw error;
      }
    }
    const pid = holder(file);
    if (pid === undefined) continue;
    if (!told) waiting?.(pid);
    told = true;
    await sleep(pollMs);
  }
}
