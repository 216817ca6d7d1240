/**
 * The content check of `npm run dev` (src/integrations/content-check.ts), in a worker thread:
 * at 10,000 articles it reads and parses every file for seconds, and on the server's own thread
 * it held up the page an editor was waiting for after each save.
 */
import { parentPort } from 'node:worker_threads';
import { checkContent, checkMessages } from '../lib/check-content.ts';
import { ContentError, type Problem } from '../lib/errors.ts';
import { buildTime } from '../lib/publish.ts';
import site from '../site.config.ts';

/** What one run found, or why it could not finish; `run` is the request's number. */
export type CheckReport = { run: number } & (
  | { problems: Problem[]; warnings: string[]; notices: string[] }
  | { failed: string; problems?: Problem[] }
);

parentPort?.on('message', async ({ run, dir }: { run: number; dir: string }) => {
  let report: CheckReport;
  try {
    const checked = await checkContent(dir, site, buildTime());
    const { warnings, notices } = checkMessages(checked);
    report = { run, problems: checked.problems, warnings: warnings.map(({ text }) => text), notices };
  } catch (error) {
    report = error instanceof ContentError ? { run, failed: error.message, problems: error.problems } : { run, failed: `内容检查没能完成：${String(error)}` };
  }
  parentPort?.postMessage(report);
});
