/**
 * Builds the site once for all site tests: content/ plus the unpublished fixtures (a draft,
 * a future article), the withdrawn ones (articles, and a topic left with only them), a topic
 * written in MDX, a topic of more articles than a page holds, in two parts (long-topic), two articles whose pictures are wider and narrower than the site publishes
 * (picture-sizes), two with no words, a photo story's pictures or a table alone (wordless), and
 * one with every kind of content that could run past a phone's screen (extreme-content; with
 * old addresses of a path outside ASCII and of a folder, for the 404 page's script), one
 * written with full-width forms, a name's 间隔号 as a bullet and a quote in traditional characters (search-forms), a
 * reporter with no article yet (empty-listings) and a section with none (empty-section.yaml, added to
 * sections.yaml), with public/
 * plus the attachments and the HTML picture of the extreme-content fixture (tests/fixtures/public), under
 * TZ=UTC, into .build/test-site. Set BAODAO_TEST_REUSE=1 to reuse the last build while
 * working on tests.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../support/build.ts';
import { BUILD_LOG, ROOT, SITE, TEST_CONTENT, TEST_PUBLIC, TEST_SITE_ENV } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The BAODAO_NOW the test site was built with; other builds in tests use it too. */
    buildNow: string;
  }
}

export default function setup(project: TestProject) {
  const now = process.env['BAODAO_NOW'] ?? new Date().toISOString();
  project.provide('buildNow', now);
  if (process.env['BAODAO_TEST_REUSE'] === '1' && existsSync(path.join(SITE, 'index.html'))) return;
  rmSync(TEST_CONTENT, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/unpublished'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/withdrawn'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/mdx-topic'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/long-topic'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/picture-sizes'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/wordless'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/extreme-content'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/search-forms'), TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/empty-listings'), TEST_CONTENT, { recursive: true });
  appendFileSync(path.join(TEST_CONTENT, 'sections.yaml'), readFileSync(path.join(ROOT, 'tests/fixtures/empty-section.yaml')));
  rmSync(TEST_PUBLIC, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'public'), TEST_PUBLIC, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/public'), TEST_PUBLIC, { recursive: true });
  const run = runBuild({ ...TEST_SITE_ENV, TZ: 'UTC', BAODAO_OUT: SITE, BAODAO_NOW: now });
  writeFileSync(BUILD_LOG, run.output);
  if (run.status !== 0) throw new Error(`the test site did not build:\n${run.output.slice(-8000)}`);
}
