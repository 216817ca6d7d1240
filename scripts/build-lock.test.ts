import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeBuildLock } from './build-lock.ts';
import { temporaryFolders } from '../tests/support/temporary.ts';

const temporary = temporaryFolders();
const lockIn = () => path.join(temporary('build-lock-'), 'sub', 'build.lock');

/** A process that holds the lock at `file` until it is killed; resolves once it holds it. */
function holderProcess(file: string) {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `import { takeBuildLock } from ${JSON.stringify(path.resolve('scripts/build-lock.ts'))}; await takeBuildLock(${JSON.stringify(file)}); console.log('held'); setInterval(() => {}, 1000);`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const held = new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
  return { child, held };
}

describe('takeBuildLock', () => {
  it('takes a free lock at once, writes its process id, and removes it on release', async () => {
    const file = lockIn();
    const release = await takeBuildLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('waits while another running process holds the lock, says so once, and goes on when it ends', async () => {
    const file = lockIn();
    const { child, held } = holderProcess(file);
    await held;
    const told: number[] = [];
    let taken = false;
    const taking = takeBuildLock(file, { pollMs: 20, waiting: (pid) => told.push(pid) }).then((release) => {
      taken = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBe(false);
    expect(told).toEqual([child.pid]);
    child.kill();
    const release = await taking;
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const file = lockIn();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    (await takeBuildLock(file))();
    writeFileSync(file, String(gone.pid));
    const told: number[] = [];
    const release = await takeBuildLock(file, { waiting: (pid) => told.push(pid) });
    expect(told).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('does not remove a lock another process has taken since', async () => {
    const file = lockIn();
    const release = await takeBuildLock(file);
    writeFileSync(file, '1');
    release();
    expect(readFileSync(file, 'utf8')).toBe('1');
  });
});
