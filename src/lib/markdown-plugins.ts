/**
 * Additions to Astro's Markdown renderer (Sätteri) for article bodies.
 */
import type { HastPluginDefinition } from 'satteri';

/**
 * A wide table scrolls sideways inside its own region on small screens; the region can be
 * focused and scrolled with the keyboard, and is named for screen readers.
 */
export const scrollableTables: HastPluginDefinition = {
  name: 'baodao-scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { raw: '<section class="table-scroll" tabindex="0" aria-label="表格"></section>' });
    },
  },
};
