/**
 * Additions to Astro's Markdown renderer (Sätteri) for article bodies.
 */
import type { HastPluginDefinition } from 'satteri';
import { COLUMN_PICTURE } from './images.ts';

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
 * A picture in the body beside the article (`![说明](./photo.jpg)`) says how wide it shows, as a
 * cover does; Astro's image step, which runs after this, reads `sizes` from the element and
 * makes the picture in the widths of `image.breakpoints` (astro.config.ts) instead of one
 * 1200 px file for every screen.
 */
export const responsiveImages: HastPluginDefinition = {
  name: 'baodao-responsive-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.['src'];
      if (typeof src === 'string' && /^\.{1,2}\//.test(src) && !node.properties?.['sizes']) ctx.setProperty(node, 'sizes', COLUMN_PICTURE.sizes);
    },
  },
};
