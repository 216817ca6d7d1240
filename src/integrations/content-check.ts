/**
 * `npm run dev` runs the content check that every build runs (src/lib/check-content.ts) when
 * it starts and whenever a file of content/ or public/ changes, and prints what it finds in the
 * terminal, in the same words, and at the top of every page (DevProblems.astro): an editor previewing an
 * article learns what would stop the build, why an article with a mistake is missing from
 * the preview (src/lib/loaders.ts), and the warnings the build would print (shown with the
 * problems: what is found in the files that could be read).
 * The check runs in a worker thread (content-check-worker.ts), a new one each time, stopped when
 * a newer save comes: it reads every file, seconds at 10,000 articles, and the server's thread
 * stays free for the page the editor waits for; its memory goes when it ends. When a
 * check ends with other problems or warnings than the one before, open pages are reloaded, so
 * the boxes at their top are never left behind the files.
 * Builds run the check themselves, before Astro starts (scripts/build-site.ts).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir, publicDir } from '../lib/content-dir.ts';
import { setDevCheck } from '../lib/dev-problems.ts';
import { formatProblems } from '../lib/errors.ts';
import type { CheckReport } from './content-check-worker.ts';

/** Edits come in bursts (an editor's save, git checkout): check once they settle. */
const SETTLE_MS = 300;

/** Prints a check's report and keeps it for the pages; returns what the pages show, to compare with the last. */
function show(report: CheckReport, logger: AstroIntegrationLogger): string | undefined {
  if ('failed' in report) {
    if (report.problems) setDevCheck({ problems: report.problems, warnings: [] });
    logger.error(report.failed);
    return report.problems ? JSON.stringify([report.problems, []]) : undefined;
  }
  const { problems, warnings, notices } = report;
  setDevCheck({ problems, warnings });
  if (problems.length > 0) logger.error(`内容检查发现 ${problems.length} 个问题（npm run build 会因此停止）：\n${formatProblems(problems)}`);
  for (const text of warnings) logger.warn(text);
  if (problems.length === 0) {
    for (const notice of notices) logger.info(notice);
    logger.info('内容检查通过');
  }
  return JSON.stringify([problems, warnings]);
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'baodao-content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        let timer: ReturnType<typeof setTimeout> | undefined;
        let shown: string | undefined;
        let running: Worker | undefined;
        const check = () => {
          // A newer run says its own: the one still reading the files is stopped.
          void running?.terminate();
          const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { dir } });
          running = worker;
          worker.unref();
          worker.once('message', (report: CheckReport) => {
            if (worker !== running) return;
            const first = shown === undefined;
            const now = show(report, logger);
            if (now === undefined || now === shown) return;
            shown = now;
            if (!first) server.ws.send({ type: 'full-reload', path: '*' });
          });
          worker.once('error', (error) => logger.error(`内容检查没能完成：${String(error)}`));
        };
        const later = () => {
          clearTimeout(timer);
          timer = setTimeout(check, SETTLE_MS);
        };
        // public/ too: the check holds links to attachments (/files/…), videos and their posters
        // there to files that exist, and a file copied in or deleted changes no content file.
        const watched = [dir, publicDir()];
        server.watcher.add(watched);
        server.watcher.on('all', (_event, file) => {
          if (watched.some((folder) => !path.relative(folder, file).startsWith('..'))) later();
        });
        later();
      },
    },
  };
}
