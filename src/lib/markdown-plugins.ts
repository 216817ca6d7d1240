/**
 * Additions to Astro's Markdown renderer (Sätteri) for article bodies.
 */
import type { HastPluginDefinition } from 'satteri';

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
