/** Folders a test file makes under the system's temporary folder, each deleted after the file's tests. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Makes folders for the calling test file: each named from `prefix`, holding a copy of `copyOf`
 * when given (the demo `content`), and all deleted once its tests have run. Call it at the top
 * of the file, where vitest takes its afterAll.
 */
export function temporaryFolders(): (prefix: string, copyOf?: string) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (prefix, copyOf) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    if (copyOf !== undefined) cpSync(copyOf, dir, { recursive: true });
    return dir;
  };
}
