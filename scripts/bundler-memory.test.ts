import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { expect, it } from 'vitest';

/**
 * Vite's bundler as the build runs it, found through Vite: rolldown is Vite's dependency, not the
 * project's, and importing it by name worked only while npm hoisted it to node_modules/.
 */
const ROLLDOWN = pathToFileURL(createRequire(import.meta.resolve('vite')).resolve('rolldown')).href;

/**
 * A child node that bundles some 36 MB of modules with rolldown (Vite's bundler), closes the
 * bundle, collects its garbage and prints its resident memory in MB: what a build carries on with.
 */
const BUNDLE = `
const { rolldown } = await import(${JSON.stringify(ROLLDOWN)});
const modules = new Map([['entry', Array.from({ length: 3000 }, (_, i) => 'export * as m' + i + ' from "m' + i + '";').join('\\n')]]);
for (let i = 0; i < 3000; i++) modules.set('m' + i, 'export const text = ' + JSON.stringify('报道'.repeat(2000) + i) + ';');
const bundle = await rolldown({ input: 'entry', logLevel: 'silent', plugins: [{ name: 'modules', resolveId: (id) => id, load: (id) => modules.get(id) }] });
await bundle.generate({});
await bundle.close();
globalThis.gc();
const { readFileSync } = await import('node:fs');
console.log(Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024);
`;

function residentAfterBundling(options: string[]): number {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MIMALLOC_')));
  const child = spawnSync(process.execPath, ['--expose-gc', ...options, '--input-type=module', '-e', BUNDLE], { env, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return Number(child.stdout);
}

it.runIf(process.platform === 'linux')('the bundler gives back what it freed: a node that bundled keeps far less memory', () => {
  const without = residentAfterBundling([]);
  const withOptions = residentAfterBundling(['--import', './scripts/bundler-memory.ts']);
  // Measured: ~550 MB without, ~370 MB with (mimalloc kept ~140 MB of freed pages).
  expect(withOptions).toBeLessThan(without - 80);
});

it('the build sets them before anything it imports loads Astro', async () => {
  await init;
  const [imports] = parse(readFileSync('scripts/build.ts', 'utf8'));
  expect(imports[0]?.n).toBe('./bundler-memory.ts');
});

it('keeps a value set outside', () => {
  const child = spawnSync(process.execPath, ['--import', './scripts/bundler-memory.ts', '-p', 'process.env.MIMALLOC_PURGE_DELAY'], {
    env: { ...process.env, MIMALLOC_PURGE_DELAY: '250' },
    encoding: 'utf8',
  });
  expect(child.stdout.trim()).toBe('250');
});
