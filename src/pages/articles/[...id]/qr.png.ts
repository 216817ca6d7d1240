import type { APIContext } from 'astro';
import site from '../../../site.config.ts';
import { getSiteIndex } from '../../../lib/content.ts';
import { qrPng } from '../../../lib/share.ts';
import { absoluteUrl } from '../../../lib/urls.ts';

/** 分享到微信: each article's address as a QR code, beside its page (ShareArticle.astro). */
export async function getStaticPaths() {
  const { articles } = await getSiteIndex();
  return articles.map((article) => ({ params: { id: article.id }, props: { url: article.url } }));
}

export function GET({ props }: APIContext<{ url: string }>) {
  return new Response(qrPng(absoluteUrl(props.url, site.url)), { headers: { 'Content-Type': 'image/png' } });
}
