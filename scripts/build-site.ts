/** Builds the whole site into `outDir` or leaves it as it was; see scripts/build.ts. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { checkContent, checkMessages, warningText } from '../src/lib/check-content.ts';
import { buildTime } from '../src/lib/publish.ts';
import { siteSizeWarning, tarSize } from '../src/lib/site-size.ts';
import { ContentError, explainBuildError, formatProblems } from '../src/lib/errors.ts';
import { importSiteConfig } from '../src/lib/site-config-file.ts';
import { addressesPerFile } from '../src/lib/addresses-per-file.ts';
import { tagsPerPage } from '../src/lib/tags.ts';
import { searchPartSize } from '../src/lib/search-part-size.ts';
import { takeBuildLock } from './build-lock.ts';
import { imageCacheDir, pruneImageCache } from './image-cache.ts';

export interface BuildOptions {
  /** Content folder; default content/. */
  contentDir?: string | undefined;
  /** Final output folder, replaced only when the build succeeds. */
  outDir: string;
}

function fail(message: string): false {
  console.error(`\n构建失败 (build failed):\n${message}\n`);
  return false;
}

/** A message for any other build error: its text and where, never its stack. */
function describe(error: unknown): string {
  if (error instanceof ContentError) return error.message;
  if (error instanceof Error) {
    const loc = (error as { loc?: { file?: string; line?: number } }).loc;
    const where = loc?.file ? `${path.relative(process.cwd(), loc.file)}${loc.line ? `:${loc.line}` : ''}: ` : '';
    const message = error.message
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .join('\n')
      .replaceAll(`${process.cwd()}${path.sep}`, '');
    return `${where}${message}`;
  }
  return String(error);
}

export async function buildSite(options: BuildOptions): Promise<boolean> {
  // Taken before the content is checked, so a build that waited checks what it then builds.
  const release = await takeBuildLock(path.resolve('.build', 'build.lock'), {
    waiting: (pid, file) => console.log(`\n另一个构建正在进行（进程 ${pid}），等它结束后再开始…（若没有构建在进行，删去 ${path.relative(process.cwd(), file)}）\n`),
  });
  try {
    return await checkAndBuild(options);
  } catch (error) {
    // Folders that cannot be removed, written or renamed (permissions, a full disk): the
    // message names the folder; the output folder is still the previous one.
    return fail(describe(error));
  } finally {
    release();
  }
}

async function checkAndBuild({ contentDir, outDir }: BuildOptions): Promise<boolean> {
  // A build is always a production build, whatever the caller's environment says: Astro
  // reads process.env into import.meta.env, so a DEV=1 or NODE_ENV=test (as vitest sets)
  // would otherwise make it a development build that shows drafts.
  process.env['NODE_ENV'] = 'production';
  for (const name of ['DEV', 'PROD', 'MODE']) delete process.env[name];
  if (contentDir) process.env['BAODAO_CONTENT'] = path.resolve(contentDir);
  let site, now;
  try {
    site = await importSiteConfig();
    // One "now" for the whole build: the content check and the pages agree on what is published.
    now = buildTime();
    // The counts the build reads from the environment, told here, in Chinese, before the content check
    // and Astro: Astro would stop on them only in its config (search index) or on its pages (404 table).
    searchPartSize();
    addressesPerFile();
    tagsPerPage();
  } catch (error) {
    return fail(describe(error));
  }
  process.env['BAODAO_NOW'] = now.toISOString();

  const dir = path.resolve(process.env['BAODAO_CONTENT'] ?? 'content');
  const checked = await checkContent(dir, site, now);
  const { problems, articles, published, modified } = checked;
  const { warnings, notices } = checkMessages(checked);
  if (problems.length > 0) {
    // Every problem, then the warnings, as `npm run check:content` prints them.
    return fail([`内容检查发现 ${problems.length} 个问题：\n${formatProblems(problems)}`, ...warnings.map(warningText)].join('\n\n'));
  }
  // The search index must hold exactly this many articles (src/integrations/search-index.ts).
  process.env['BAODAO_PUBLISHED_ARTICLES'] = String(published);
  for (const warning of warnings) console.warn(`\n${warningText(warning)}\n`);
  for (const notice of notices) console.log(`\n提示：${notice}\n`);
  if (articles === 0) return fail(`${path.relative(process.cwd(), dir)}/articles: 没有文章`);

  if (!(await buildInto(path.resolve(outDir), modified))) return false;
  await warnOfSize(path.resolve(outDir), published);
  return true;
}

/**
 * Warns when the built site nears what GitHub Pages publishes (src/lib/site-size.ts), so an
 * outlet learns it from a build, before a deploy fails; in GitHub Actions also as an annotation,
 * shown on the run's page.
 */
async function warnOfSize(dir: string, articles: number): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  const folders = 1 + entries.filter((entry) => entry.isDirectory()).length;
  const warning = siteSizeWarning({ artifactBytes: tarSize(sizes, folders), articles });
  if (!warning) return;
  console.warn(`\n警告 (warning): ${path.relative(process.cwd(), dir) || '.'}/: ${warning}\n`);
  if (process.env['GITHUB_ACTIONS'] === 'true') console.log(`::warning title=网站大小::${warning}`);
}

/**
 * Builds with Astro into a staging folder beside `final`, then puts it in place of `final`;
 * `modified` dates each article's last change for the sitemap.
 */
async function buildInto(final: string, modified: Record<string, string>): Promise<boolean> {
  const sibling = (suffix: string) => path.join(path.dirname(final), `.${path.basename(final)}.${suffix}`);
  const staging = sibling('staging');
  await rm(staging, { recursive: true, force: true });
  // Content is rendered afresh each build: Astro's data store would reuse HTML rendered with
  // an older Markdown configuration. Optimised images stay cached.
  const cacheDir = imageCacheDir(final);
  await rm(path.join(cacheDir, 'data-store.json'), { force: true });
  // The sitemap dates each article by its last change, as the content check read it (astro.config.ts).
  const lastmod = path.join(cacheDir, 'lastmod.json');
  await mkdir(cacheDir, { recursive: true });
  await writeFile(lastmod, JSON.stringify(modified));
  process.env['BAODAO_LASTMOD'] = lastmod;
  try {
    await build({
      root: process.cwd(),
      outDir: staging,
      cacheDir,
      mode: 'production',
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return fail(error instanceof ContentError ? describe(error) : explainBuildError(describe(error)));
  }

  const previous = sibling('previous');
  await rm(previous, { recursive: true, force: true });
  await mkdir(path.dirname(final), { recursive: true });
  if (existsSync(final)) await rename(final, previous);
  await rename(staging, final);
  await rm(previous, { recursive: true, force: true });
  // The cache keeps what this build published, no more (scripts/image-cache.ts). A cache left
  // unpruned costs space, not the site: the build has succeeded either way.
  await pruneImageCache(path.join(cacheDir, 'assets'), final).catch((error: unknown) =>
    console.warn(`\n警告 (warning): 图片缓存 ${path.relative(process.cwd(), cacheDir)}/assets 没能清理：${describe(error)}\n`),
  );
  return true;
}
