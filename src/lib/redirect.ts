/** The page left at an old address: it sends readers (and search engines) to the new one. */
import { escapeUTF8 as escapeHtml } from 'entities';
import type { MovedPage } from './old-addresses.ts';
import { faviconUrl } from './urls.ts';

const MOVED = { article: '本文已迁移至新地址', section: '本栏目已迁移至新地址', listing: '第 1 页在这里' } as const;

export function redirectPage({ title, url, kind }: Pick<MovedPage, 'title' | 'url' | 'kind'>, canonical: string): string {
  const t = escapeHtml(title);
  const href = escapeHtml(url);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${t}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(canonical)}">
<link rel="icon" href="${faviconUrl()}" type="image/svg+xml">
</head>
<body>
<p>${MOVED[kind]}：<a href="${href}">${t}</a></p>
</body>
</html>
`;
}
