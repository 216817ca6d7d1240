/**
 * What `npm run import` and `npm run import:people` share: one export file and the options both
 * take (--files, --encoding, --skip-invalid), read and checked the same way; all or nothing
 * (rows' problems stop the import before anything is written, a failed write or the content
 * check after it takes everything back); and how they stop: a message, never a stack trace.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { checkContent, type CheckResult } from '../src/lib/check-content.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { ContentError, formatProblem, formatProblems, type Problem } from '../src/lib/errors.ts';
import { decodeExport, ExportError, parseExport, type Encoding, type ExportRow } from '../src/lib/export-file.ts';
import { addedProblems, ImportedFiles, shownPath, WriteError } from '../src/lib/import-files.ts';
import { buildTime } from '../src/lib/publish.ts';
import site from '../src/site.config.ts';

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const SHARED = {
  files: { type: 'string' },
  encoding: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

/**
 * The command's arguments: its options besides the shared ones (`options`), and one export
 * file, which `what` names when it is not there (导出文件, 人员名单). `usage` is shown when they
 * cannot be read.
 */
export function readImportArgs<const T extends ParseArgsOptionsConfig>(usage: string, what: string, options: T) {
  type Parsed = ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof SHARED & T }>>;
  let parsed: Parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...SHARED, ...options } }) as Parsed;
  } catch {
    fail(usage);
  }
  const { values, positionals } = parsed;
  const { encoding } = values as { encoding?: string };
  const exportFile = positionals[0];
  if (!exportFile || positionals.length > 1) fail(usage);
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'gbk') fail(`--encoding 只能是 utf-8 或 gbk\n\n${usage}`);
  if (!existsSync(exportFile)) fail(`找不到${what} ${exportFile}`);
  // A folder (the old site's, given first by mistake) was read as a file: Node stopped with its stack.
  if (!statSync(exportFile).isFile()) fail(`${exportFile} 是文件夹，不是${what}：请写${what}（.csv 文件）的路径`);
  const { files } = values as { files?: string };
  if (files !== undefined && !(existsSync(files) && statSync(files).isDirectory())) fail(`找不到文件夹 ${files}（--files 写文件夹的路径）`);
  return { values, exportFile, encoding: encoding as Encoding | undefined };
}

/** The export's column names and rows (`empty`: what to say of a file with none); one that cannot be read stops, named. */
export function readExportFile(exportFile: string, encoding: Encoding | undefined, empty?: string): { columns: string[]; rows: ExportRow[] } {
  try {
    return parseExport(decodeExport(readFileSync(exportFile), encoding), empty);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    fail(`${exportFile}: ${error.message}`);
  }
}

/**
 * Prints the rows' problems, and stops with nothing written unless `skipInvalid`: `kept` rows
 * were good, of `total`; `unit` counts them (篇, 位).
 */
export function reportRowProblems(problems: readonly Problem[], { total, kept, unit, skipInvalid }: { total: number; kept: number; unit: string; skipInvalid: boolean }): void {
  if (!problems.length) return;
  console.error(problems.map(formatProblem).join('\n'));
  if (!skipInvalid) {
    fail(`\n导入未完成：${total - kept} ${unit}有问题（共 ${problems.length} 个），没有写入任何文件。修正后重试，或加 --skip-invalid 只导入其余 ${kept} ${unit}。`);
  }
}

/**
 * Writes the import (`write`, through `imported`), then runs the content check again at `now`:
 * a failed write, or a problem the check did not find `before` (contentBeforeImport), takes
 * back every file written and stops. Returns the check's result after the import.
 */
export async function writeChecked(imported: ImportedFiles, write: () => void, { now, before }: { now: Date; before: CheckResult }): Promise<CheckResult> {
  // Stopped while it writes or while the check runs (Ctrl+C: seconds on a large archive), or by a
  // fault in the check, the import takes its files back too: it never leaves articles written but
  // not checked. Listened for before the first file, so that no Ctrl+C finds the default, which ends the process there.
  const interrupted = () => {
    imported.undo();
    fail('\n导入被中断，已撤回本次写入的所有文件。');
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  let after: CheckResult;
  try {
    try {
      write();
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      imported.undo();
      fail(`写入 ${shownPath(error.file)} 失败（${error.message}），已撤回本次写入的所有文件。`);
    }
    after = await checkContent(contentDir(), site, now);
  } catch (error) {
    imported.undo();
    throw error;
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
  const added = addedProblems(before.problems, after.problems);
  if (added.length) {
    imported.undo();
    fail(`${formatProblems(added)}\n\n导入未完成：写入后的内容检查发现上面 ${added.length} 个问题，已撤回本次写入的所有文件。`);
  }
  return after;
}

/**
 * “Now” as the build takes it (BAODAO_NOW), so that an import publishes what the build would,
 * and the content check of the content as it is before the import: its problems are not the
 * import's, and what it has taken (old addresses, names) is taken.
 */
export async function contentBeforeImport(): Promise<{ now: Date; before: CheckResult }> {
  let now: Date;
  try {
    now = buildTime();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    fail(error.message);
  }
  return { now, before: await checkContent(contentDir(), site, now) };
}
