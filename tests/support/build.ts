/**
 * Runs `scripts/build.ts` (what `npm run build` runs, without its --expose-gc, which only
 * lowers peak memory) on a content folder, as CI would.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './site.ts';

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * The environment without what vitest adds (NODE_ENV=test, DEV=1, MODE=test …): Astro reads
 * process.env into import.meta.env, so these would turn a build into a development build.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

export function runBuild(env: Record<string, string>): BuildRun {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: buildEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
