/**
 * How large a built site may grow on GitHub Pages, and the warning `npm run build` gives before
 * it gets there. Published GitHub Pages sites may be no larger than 1 GB: actions/deploy-pages
 * measures the artifact actions/upload-pages-artifact made (a tar of dist/), warns “Uploaded
 * artifact size of … bytes exceeds the allowed size of 1 GB. Deployment might fail.” above
 * 1 GiB, and the deploy then may fail or publish a site cut short. Every article adds ~36 KB
 * (its page, its QR code, its search fragment and index, its lines in listings: README
 * "Performance"), more with pictures, so an archive reaches the limit long before a build
 * gets slow; the warning comes while there is room left to act.
 */

/** The most a site's artifact may hold on GitHub Pages (1 GiB, as deploy-pages counts it). */
export const PAGES_SITE_LIMIT = 1024 ** 3;

/** From this share of the limit, the build warns. */
const WARN_FROM = 0.8;

/** A tar's block: each file has a header of one, and its contents fill whole blocks. */
const BLOCK = 512;

/**
 * The size of the tar actions/upload-pages-artifact makes of a folder: a header block per file
 * and per folder, each file's bytes padded to whole blocks (at 10,000 articles, 394.3 MB for
 * 361.5 MB of files: 36,321 files, most of them small), and the two empty blocks that end it.
 */
export function tarSize(fileSizes: Iterable<number>, folders: number): number {
  let size = (folders + 2) * BLOCK;
  for (const bytes of fileSizes) size += BLOCK + Math.ceil(bytes / BLOCK) * BLOCK;
  return size;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en-US')} MB`;

/**
 * The build's warning about the site's size on GitHub Pages, or undefined under WARN_FROM of the
 * limit: how large its artifact is, and, from the bytes an article takes on average (the site's
 * fixed files spread over its articles, so a little high), about how many more articles fit.
 */
export function siteSizeWarning({ artifactBytes, articles }: { artifactBytes: number; articles: number }): string | undefined {
  if (artifactBytes < PAGES_SITE_LIMIT * WARN_FROM) return undefined;
  const share = Math.round((artifactBytes / PAGES_SITE_LIMIT) * 100);
  const size = `网站打包后约 ${megabytes(artifactBytes)}，是 GitHub Pages 网站上限（1 GB）的 ${share}%`;
  const ways =
    '要继续用 GitHub Pages，只能让网站变小；否则请改用没有这个上限的主机：自己的 nginx 服务器、对象存储加 CDN（见 README “Deploy”）。';
  if (artifactBytes > PAGES_SITE_LIMIT) {
    return `${size}：部署到 GitHub Pages 会报 “exceeds the allowed size of 1 GB”，可能失败，或只发布一部分网站。${ways}`;
  }
  const perArticle = artifactBytes / Math.max(1, articles);
  const more = Math.round((PAGES_SITE_LIMIT - artifactBytes) / perArticle);
  return `${size}：按现在每篇文章平均约 ${Math.round(perArticle / 1000)} KB（含图片和搜索索引）计，再发约 ${more.toLocaleString('en-US')} 篇就会超过，超过后部署到 GitHub Pages 可能失败。${ways}`;
}
