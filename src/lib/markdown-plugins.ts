/**
 * Additions to Astro's Markdown renderer (Sätteri) for article bodies.
 */
import type { HastPluginDefinition, MdastContent, MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { BESIDE_ARTICLE, COLUMN_PICTURE } from './images.ts';
import { paragraphsOf } from './paragraphs.ts';

/**
 * A paragraph pasted as Chinese text is usually meant: lines indented with full-width spaces
 * are paragraphs of their own, and a line break among Chinese characters is no space
 * (paragraphs.ts). In a tight list, whose items show no paragraphs, they become lines.
 */
export const pastedParagraphs: MdastPluginDefinition = {
  name: 'baodao-pasted-paragraphs',
  paragraph(node, ctx) {
    const paragraphs = paragraphsOf(node.children);
    if (!paragraphs) return;
    const parent = ctx.parent(node);
    if (parent?.type === 'listItem' && !parent.spread) {
      const lines = paragraphs.flatMap((children, index) => [...(index > 0 ? [{ type: 'break' as const }] : []), ...children]);
      ctx.replaceNode(node, { type: 'paragraph', children: lines });
      return;
    }
    ctx.replaceNode(node, paragraphs.map((children) => ({ type: 'paragraph', children })));
  },
};

/** An inline Markdown node, as far as unstrike reads it. */
interface InlineNode {
  type: string;
  children?: InlineNode[];
  position?: { start: { offset?: number } };
}

/** Inline nodes as they are, but for the strikes made with a single tilde, which become their text between tildes. */
function unstrike(nodes: readonly InlineNode[], source: string): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    const children = node.children && unstrike(node.children, source);
    const start = node.position?.start.offset;
    if (node.type === 'delete' && start !== undefined && !source.startsWith('~~', start)) {
      const tilde = { type: 'text', value: '~' };
      return [tilde, ...(children ?? []), tilde];
    }
    const same = !children || (children.length === node.children!.length && children.every((child, index) => child === node.children![index]));
    return [same ? node : { ...node, children }];
  });
}

/**
 * Only a double tilde strikes text through (~~删除~~): a single one is the range sign of
 * 1~3年 and 5000~10000元, which GitHub's Markdown would otherwise strike from one to the next.
 * The outermost strike answers for those inside it (1~3年（~5年~）).
 */
export const literalTildes: MdastPluginEntry = ({ source }) => ({
  name: 'baodao-literal-tildes',
  options: { position: true },
  delete(node, ctx) {
    if (ctx.parent(node)?.type === 'delete') return;
    const nodes = unstrike([node as unknown as InlineNode], source);
    if (nodes.length === 1 && nodes[0] === (node as unknown)) return;
    ctx.replaceNode(node, nodes as unknown as MdastContent[]);
  },
});

/**
 * A wide table scrolls sideways inside its own box on small screens; the box can be focused
 * and scrolled with the keyboard, and is named for screen readers (a group, not a landmark,
 * so several tables in one article are fine).
 */
export const scrollableTables: HastPluginDefinition = {
  name: 'baodao-scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { raw: '<div class="table-scroll" tabindex="0" role="group" aria-label="表格（可左右滚动）"></div>' });
    },
  },
};

/**
 * A table cell aligned in Markdown (`| ---: |`) carries a class, not a `style` attribute:
 * browsers that predate `style-src-attr` would refuse the attribute under the pages'
 * Content-Security-Policy and lose the alignment of every figure column.
 */
export const alignedCells: HastPluginDefinition = {
  name: 'baodao-aligned-cells',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties?.['style'];
      const align = typeof style === 'string' ? /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1] : undefined;
      if (!align) return;
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'className', [`align-${align}`]);
    },
  },
};

/**
 * A picture in the body beside the article (`![说明](./photo.jpg)`) is made in the column's
 * widths (`image.breakpoints` in astro.config.ts, up to its own width) and says how wide it
 * shows, as a cover does, instead of one file of the original's size for every screen. Astro's
 * image step, which runs after this, reads `layout` and `sizes` from the element.
 */
export const responsiveImages: HastPluginDefinition = {
  name: 'baodao-responsive-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.['src'];
      if (typeof src !== 'string' || !BESIDE_ARTICLE.test(src) || node.properties?.['sizes']) return;
      ctx.setProperty(node, 'layout', 'full-width');
      ctx.setProperty(node, 'sizes', COLUMN_PICTURE.sizes);
    },
  },
};

/**
 * A link whose text is its own address (a bare `https://…` in the text) is marked, so that on
 * paper, where every other outside link is followed by its address, it is not printed twice.
 */
export const addressLinks: HastPluginDefinition = {
  name: 'baodao-address-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      const [only, ...rest] = node.children ?? [];
      if (typeof href !== 'string' || rest.length > 0 || only?.type !== 'text') return;
      if (only.value === href || `http://${only.value}` === href) ctx.setProperty(node, 'className', ['link-address']);
    },
  },
};
