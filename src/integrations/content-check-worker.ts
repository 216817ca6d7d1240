/**
 * The content check of `npm run dev` (src/integrations/content-check.ts), in a worker thread:
 * at 10,000 articles it reads and parses every file for seconds, and on the server's own thread
 * it held up the page an editor was waiting for after each save.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, checkMessages } from '../lib/check-content.ts';
import { ContentError, type Problem } from '../lib/errors.ts';
import { buildTime } from '../lib/publish.ts';
import site from '../site.config.ts';

/** What one run found, or why it could not finish. */
export type CheckReport =
  | { problems: Problem[]; warnings: string[]; notices: string[] }
  | { failed: string; problems?: Problem[] };

/** Checks the folder it is given and ends: its memory (every file read) goes back with it. */
async function check(dir: string): Promise<CheckReport> {
  try {
    const checked = await checkContent(dir, site, buildTime());
    const { warnings, notices } = checkMessages(checked);
    return { problems: checked.problems, warnings: warnings.map(({ text }) => text), notices };
  } catch (error) {
    return error instanceof ContentError ? { failed: error.message, problems: error.problems } : { failed: `内容检查没能完成：${String(error)}` };
  }
}

parentPort?.postMessage(await check((workerData as { dir: string }).dir));
