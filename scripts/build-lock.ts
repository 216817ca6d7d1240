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
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** The process id a lock file holds, or nothing if there is no such file (or no id in it). */
function pidIn(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The id of the running process holding `file`, or nothing if the lock is free. A lock whose
 * process is gone is removed, by moving it aside first: of two builds that both found it
 * stale, the second then moves the lock the first has just taken, sees another id in it, and
 * puts it back, where deleting by name would have removed the first build's new lock.
 */
function holder(file: string): number | undefined {
  const pid = pidIn(file);
  if (pid === undefined || running(pid)) return pid;
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return pidIn(file);
  }
  if (pidIn(aside) !== pid) {
    try {
      linkSync(aside, file);
    } catch {
      // Another lock was taken meanwhile: that one stands, this one is dropped.
    }
  }
  rmSync(aside, { force: true });
  return undefined;
}

/**
 * Takes the lock `file` for this process, waiting (checking every `pollMs`) while another
 * running process holds it; `waiting` is told once, with that process's id and the lock's
 * file (a process that took the lock, died and whose id is now another program's would hold
 * it for ever: the file is named so it can be deleted). Returns the function that releases it.
 */
export async function takeBuildLock(
  file: string,
  { waiting, pollMs = 500 }: { waiting?: (pid: number, file: string) => void; pollMs?: number } = {},
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
        if (pidIn(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        rmSync(mine, { force: true });
        throw error;
      }
    }
    const pid = holder(file);
    if (pid === undefined) continue;
    if (!told) waiting?.(pid, file);
    told = true;
    await sleep(pollMs);
  }
}
