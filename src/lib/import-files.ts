/**
 * What the importers (`npm run import`, `npm run import:people`) write, kept so that all of it
 * can be taken back: a write that fails halfway, or a content check run on the result that
 * finds a problem the import made, leaves the content as it was before the import.
 */
import { constants, copyFileSync, existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, type Problem } from './errors.ts';

/** A path as the editor would type it: from the working folder when it is under it, else in full. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? path.resolve(file) : relative;
}

/** Writing failed at `file`; what was written before it has been taken back. */
export class WriteError extends Error {
  override name = 'WriteError';
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.file = file;
  }
}

/** Removes what a failed write may have left; a name the disk refused (too long) left nothing, and says so by throwing. */
function removeHalfWritten(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing there to remove.
  }
}

/** The files and folders one import made, in order, and the way to take them back. */
export class ImportedFiles {
  readonly #files: string[] = [];
  readonly #folders: string[] = [];

  /** Makes `folder` and the folders above it that are missing, noting those it made. */
  folder(folder: string): void {
    const missing: string[] = [];
    for (let up = path.resolve(folder); !existsSync(up); up = path.dirname(up)) missing.unshift(up);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new WriteError(folder, error);
    }
    this.#folders.push(...missing);
  }

  /** Writes `text` (or a picture's bytes) as the new file `file`; a file already there is never replaced. */
  write(file: string, text: string | Uint8Array): void {
    this.#create(file, () => writeFileSync(file, text, { flag: 'wx' }));
  }

  /** Copies `from` as the new file `file`; a file already there is never replaced. */
  copy(from: string, file: string): void {
    this.#create(file, () => copyFileSync(from, file, constants.COPYFILE_EXCL));
  }

  /** How many files this import wrote. */
  get count(): number {
    return this.#files.length;
  }

  /** Removes every file written, then every folder made (a folder something else was put in stays). */
  undo(): void {
    for (const file of this.#files.splice(0).reverse()) rmSync(file, { force: true });
    for (const folder of this.#folders.splice(0).reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty: something else was put there meanwhile, and stays.
      }
    }
  }

  /** Makes `file` with `make`, which must refuse to replace a file; a half-written one is removed. */
  #create(file: string, make: () => void): void {
    try {
      make();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') removeHalfWritten(file);
      throw new WriteError(file, error);
    }
    this.#files.push(file);
  }
}

/** The problems in `after` that were not in `before`: those the import made, not the content's own. */
export function addedProblems(before: readonly Problem[], after: readonly Problem[]): Problem[] {
  const known = new Set(before.map(formatProblem));
  return after.filter((problem) => !known.has(formatProblem(problem)));
}
