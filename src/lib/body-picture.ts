/**
 * The pictures of an article's body, for share cards and structured data where the article has
 * no cover or video poster: many articles (every one the importer brings over from an old CMS)
 * carry their pictures in the body only, and were shared to WeChat, Weibo and QQ, and given to
 * Google and Baidu, with the site's icon instead of a picture of the story.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { BESIDE_ARTICLE } from './images.ts';
import { decodePath } from './urls.ts';

interface BodyPicture {
  /** Its path beside the article, as Astro's image() takes it (`./现场.jpg`). */
  image: string;
  /** Its alt text, as written (may be empty). */
  alt: string;
}

/** A Markdown picture, `![…](…)`, may be in the body: without one there is nothing to parse. */
const MAY_HAVE_PICTURE = /!\[/;

/**
 * An SVG is served as it is in a body, but a share card needs a JPEG, which Astro does not make
 * from an SVG (SHARED_PICTURE_FIELDS in images.ts): such a picture is passed over.
 */
const NOT_SHAREABLE = /\.svg$/i;

function collect(node: MdastNode, found: Map<string, BodyPicture>): void {
  if (node.type === 'image' && BESIDE_ARTICLE.test(node.url) && !node.url.includes('\\')) {
    const image = decodePath(node.url.replace(/[?#].*$/, ''));
    if (!NOT_SHAREABLE.test(image) && !found.has(image)) found.set(image, { image, alt: node.alt ?? '' });
  }
  if ('children' in node) for (const child of node.children) collect(child as MdastNode, found);
}

/**
 * The Markdown pictures beside the article (`./…`, `../…`) in the body, in order and each once,
 * as the page shows them (not one in code or in an HTML comment), other than SVGs; a picture at
 * a web address or under public/ is no file the build makes a share card from. The first may be
 * an icon too small to share (sharedPictureOf in images.ts takes the first that is not). Never
 * throws: a body that does not parse (the content check says why) has none.
 */
export function bodyPictures(body: string, { mdx = false }: { mdx?: boolean } = {}): BodyPicture[] {
  if (!MAY_HAVE_PICTURE.test(body)) return [];
  const found = new Map<string, BodyPicture>();
  try {
    collect(mdx ? mdxToMdast(body) : markdownToMdast(body), found);
  } catch {
    return [];
  }
  return [...found.values()];
}

/**
 * Front matter with the body's pictures as `bodyPictures`, for an article that has neither a
 * cover nor a video (whose picture it shares instead).
 */
export function withBodyPictures(data: Record<string, unknown>, body: string, options: { mdx?: boolean } = {}): Record<string, unknown> {
  if (data['cover'] !== undefined || data['video'] !== undefined || data['bodyPictures'] !== undefined) return data;
  const pictures = bodyPictures(body, options);
  return pictures.length > 0 ? { ...data, bodyPictures: pictures } : data;
}
