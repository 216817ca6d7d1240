/** Runs `scripts/build.ts` (what `npm run build` runs) on a content folder, as CI would. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './site.ts';

export interface BuildRun {
  status: number | null;
  output: string;
}

export function runBuild(env: Record<string, string>): BuildRun {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
