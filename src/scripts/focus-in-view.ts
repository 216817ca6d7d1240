/**
 * A link reached with Tab in a row that scrolls sideways (marked `data-focus-in-view`: the
 * phone's navigation, the 滚动 ticker) is scrolled whole into view, clear of the row's
 * scroll-padding (the navigation's fade). Chromium scrolls a focused element only when none of it
 * shows: one partly in view stays where it is, cut at the edge and under the fade.
 */
export function keepFocusInView(root: Document): void {
  root.addEventListener('focusin', (event) => {
    const { target } = event;
    if (target instanceof Element && target.matches(':focus-visible') && target.closest('[data-focus-in-view]')) {
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  });
}
