/**
 * In `npm run dev`, the content check's latest problems and warnings, so that every page can
 * show them (DevProblems.astro) beside the terminal: an editor previewing in the browser sees
 * why an article is missing, and what readers would get wrong without stopping the build. The
 * integration that runs the check and the pages that show it are loaded by different module
 * loaders of one process, so the lists are kept on globalThis.
 */
import type { Problem } from './errors.ts';

/** What the latest check found: its problems, and its warnings in the terminal's words. */
interface DevCheck {
  problems: Problem[];
  warnings: string[];
}

const KEY = Symbol.for('baodao.devProblems');
type Holder = { [KEY]?: DevCheck };

export function setDevCheck(found: DevCheck): void {
  (globalThis as Holder)[KEY] = found;
}

export function devCheck(): DevCheck {
  return (globalThis as Holder)[KEY] ?? { problems: [], warnings: [] };
}
