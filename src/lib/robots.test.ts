import { describe, expect, test } from 'vitest';
import { robotsTxt } from './robots.ts';

/**
 * Whether `agent` may fetch `path`, as RFC 9309 reads robots.txt: the group naming the crawler's
 * product token (case-insensitive), else the `*` group; in it the longest matching rule, Allow
 * winning a tie; no rule, allowed.
 */
function allowed(robots: string, agent: string, path: string): boolean {
  const groups: { agents: string[]; rules: { allow: boolean; path: string }[] }[] = [];
  let reading: (typeof groups)[number] | undefined;
  for (const line of robots.split('\n')) {
    const [, key = '', value = ''] = /^\s*([^:#]+?)\s*:\s*([^#]*?)\s*(?:#.*)?$/.exec(line) ?? [];
    const field = key.toLowerCase();
    if (field === 'user-agent') {
      if (!reading || reading.rules.length > 0) groups.push((reading = { agents: [], rules: [] }));
      reading.agents.push(value.toLowerCase());
    } else if ((field === 'allow' || field === 'disallow') && reading) {
      if (value) reading.rules.push({ allow: field === 'allow', path: value });
    }
  }
  const token = agent.toLowerCase();
  const group = groups.find((g) => g.agents.includes(token)) ?? groups.find((g) => g.agents.includes('*'));
  const matching = (group?.rules ?? []).filter((rule) => path.startsWith(rule.path));
  const longest = Math.max(-1, ...matching.map((rule) => rule.path.length));
  const winners = matching.filter((rule) => rule.path.length === longest);
  return winners.length === 0 || winners.some((rule) => rule.allow);
}

describe('robotsTxt', () => {
  const robots = robotsTxt(['https://example.cn/sitemap-index.xml', 'https://example.cn/sitemap-news.xml']);

  test('names the sitemaps’ index and the news sitemap, each on a line of its own', () => {
    expect(robots.split('\n')).toContain('Sitemap: https://example.cn/sitemap-index.xml');
    expect(robots.split('\n')).toContain('Sitemap: https://example.cn/sitemap-news.xml');
  });

  test.each(['Googlebot', 'Bingbot', 'Sogou web spider', '360Spider', 'Bytespider'])(
    '%s may fetch every page, the search page included, where it reads the noindex that keeps it out',
    (agent) => {
      for (const path of ['/', '/articles/2024/01/x/', '/tags/民政/', '/search/', '/search/?q=澳门', '/404.html']) {
        expect(allowed(robots, agent, path), path).toBe(true);
      }
    },
  );

  test('Baidu, which reads no noindex, may not fetch the search page at any address, and may fetch every other page', () => {
    for (const agent of ['Baiduspider', 'baiduspider']) {
      // Before, Baidu was let in: a link to /search/?q=… put its words, as the page's title, in Baidu's results.
      for (const path of ['/search/', '/search/?q=%E6%BE%B3%E9%97%A8', '/search/index.html']) expect(allowed(robots, agent, path), path).toBe(false);
      for (const path of ['/', '/articles/2024/01/x/', '/sections/today/2/', '/tags/search/', '/rss.xml', '/sitemap-index.xml']) {
        expect(allowed(robots, agent, path), path).toBe(true);
      }
    }
  });
});
