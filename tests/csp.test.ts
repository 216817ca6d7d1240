/**
 * The built pages against their own Content-Security-Policy: every inline script and style is
 * allowed by a hash in the page's policy (browsers would refuse it otherwise), and no element
 * relies on an inline event handler, which the policy forbids.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';
import { SITE, filesUnder } from './support/site.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What in one built page its policy would refuse, or the policy itself gets wrong. */
function problems(html: HTMLElement): string[] {
  const metas = html.querySelectorAll('meta[http-equiv="content-security-policy"]');
  // A <style> inside <noscript> applies when scripts are off, and the policy still holds then.
  const noscript = html.querySelectorAll('noscript').flatMap((element) => parse(element.rawText).querySelectorAll('style'));
  const styles = [...html.querySelectorAll('style'), ...noscript];
  const scripts = html.querySelectorAll('script:not([src])').filter((script) => script.getAttribute('type') !== 'application/ld+json');
  const handlers = html.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes).filter((name) => /^on/i.test(name)));
  const found = handlers.map((name) => `inline handler ${name}`);
  if (metas.length !== 1) {
    // Only an old address's redirect page has no policy: it has nothing to run or style either.
    const anything = scripts.length + styles.length + html.querySelectorAll('script, link[rel="stylesheet"]').length;
    return anything ? [...found, `${metas.length} policies`] : found;
  }
  const policy = new Map<string, string[]>();
  for (const directive of metas[0]!.getAttribute('content')!.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  const scriptSources = policy.get('script-src') ?? [];
  const styleSources = policy.get('style-src') ?? [];
  if (!scriptSources.includes("'self'") || scriptSources.includes("'unsafe-inline'")) found.push(`script-src ${scriptSources.join(' ')}`);
  if (styleSources.includes("'unsafe-inline'")) found.push(`style-src ${styleSources.join(' ')}`);
  for (const script of scripts) if (!scriptSources.includes(sha256(script.rawText))) found.push(`script not allowed: ${script.rawText.slice(0, 60)}`);
  for (const style of styles) if (!styleSources.includes(sha256(style.rawText))) found.push(`style not allowed: ${style.rawText.slice(0, 60)}`);
  // An embedded player (a video site's <iframe>, as the import keeps it) loads only where the policy lets
  // frames in: frame-src, or else child-src, or else default-src (none of them: from anywhere).
  const frameSources = policy.get('frame-src') ?? policy.get('child-src') ?? policy.get('default-src');
  for (const frame of html.querySelectorAll('iframe[src]')) {
    const url = new URL(frame.getAttribute('src')!, 'https://baodao.invalid/');
    const allowed = !frameSources || frameSources.some((source) => source === '*' || source === url.protocol || source === url.origin || source === url.host);
    if (!allowed) found.push(`frame not allowed: ${url.href}`);
  }
  return found;
}

test('a policy that would keep out a page’s embedded player is told', () => {
  const page = (policy: string) =>
    parse(`<html><head><meta http-equiv="content-security-policy" content="script-src 'self'; ${policy}"></head><body><iframe src="https://player.bilibili.com/player.html?bvid=BV1" title="视频"></iframe></body></html>`);
  expect(problems(page("object-src 'none'"))).toEqual([]);
  expect(problems(page('frame-src https://player.bilibili.com'))).toEqual([]);
  expect(problems(page("default-src 'self'"))).toEqual(['frame not allowed: https://player.bilibili.com/player.html?bvid=BV1']);
  expect(problems(page("frame-src 'none'"))).toEqual(['frame not allowed: https://player.bilibili.com/player.html?bvid=BV1']);
});

test('every built page allows each of its inline scripts and styles by hash, its embedded players, and has no inline event handler', () => {
  const pages = filesUnder(SITE).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  // The extreme-content fixture's player, held to its page's policy below.
  expect(pages.filter((file) => readFileSync(path.join(SITE, file), 'utf8').includes('<iframe')).length).toBeGreaterThan(0);
  const found = pages.flatMap((file) => problems(parse(readFileSync(path.join(SITE, file), 'utf8'))).map((problem) => `${file}: ${problem}`));
  expect(found).toEqual([]);
});
