/**
 * Real-browser tests: the system Chromium driven by playwright-core, against `npm run preview`
 * serving the test site. Browser downloads are impossible here: Chromium comes from Debian
 * (`apt-get install chromium`), found through CHROMIUM_PATH or /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildEnv } from './build.ts';
import { freePort } from '../../scripts/free-port.ts';
import { ROOT, SITE } from './site.ts';

/** How long browser tests wait for a search or a page load (CI machines can be slow). */
export const POLL = { timeout: 20_000 };

function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error('找不到 Chromium：请安装 Debian 的 chromium 包（apt-get install -y chromium），或用 CHROMIUM_PATH 指明可执行文件。');
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Preview {
  url: string;
  stop: () => Promise<void>;
  /** What the server has printed so far. */
  output: () => string;
}

/** Starts `npm run preview` on the test site and waits until it answers. */
function startPreview(site = SITE): Promise<Preview> {
  return startServer('preview', { BAODAO_OUT: site });
}

/**
 * A dev server started without Vite's dependency cache (a fresh clone, as on CI) bundles what
 * the first page asks for (Astro's dev toolbar) and may then reload that page, under a test
 * that is reading it. Opens `url` once and lets that reload happen before any test runs.
 */
export async function settleDevServer(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForEvent('framenavigated', { timeout: 3_000 }).then(
    () => page.waitForLoadState('networkidle'),
    () => undefined, // no reload: the cache was warm
  );
  await page.close();
}

/**
 * Starts `npm run <script>` (preview or dev) on a free port, beside any server a developer
 * already runs (--ignore-lock), and waits until it answers.
 */
export async function startServer(script: 'preview' | 'dev', env: Record<string, string>): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn('npm', ['run', script, '--', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    env: {
      ...buildEnv({ ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env }),
      ...(script === 'dev' && { NODE_ENV: 'development' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`npm run ${script} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        process.kill(-child.pid!, 'SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
  };
}

/**
 * For a test file: `npm run preview` of the test site and a Chromium, started before its
 * tests and stopped after them. Read them from the object returned, once the tests run.
 */
export function previewInBrowser(): { readonly preview: Preview; readonly browser: Browser } {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
  return {
    get preview() {
      return preview!;
    },
    get browser() {
      return browser!;
    },
  };
}
