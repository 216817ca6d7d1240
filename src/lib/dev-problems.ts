/**
 * In `npm run dev`, the content check's latest problems, so that every page can show them
 * (DevProblems.astro) beside the terminal: an editor previewing in the browser sees why an
 * article is missing. The integration that runs the check and the pages that show it are
 * loaded by different module loaders of one process, so the list is kept on globalThis.
 */
import type { Problem } from './errors.ts';

const KEY = Symbol.for('baodao.devProblems');
type Holder = { [KEY]?: Problem[] };

export function setDevProblems(problems: Problem[]): void {
  (globalThis as Holder)[KEY] = problems;
}

export function devProblems(): Problem[] {
  return (globalThis as Holder)[KEY] ?? [];
}
