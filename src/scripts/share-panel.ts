/**
 * The 微信 panel of 分享到 (ShareArticle.astro) opens over what follows it, the tags and
 * 上一篇/下一篇. Left open, it hid them: a reader going on with Tab had focus on a link under the
 * code, out of sight. It closes as a disclosure does: on Escape (focus back on 微信), when focus
 * goes on to a control outside it, and on a click or tap elsewhere on the page. A press on the
 * code itself keeps it open (WeChat's browser reads a code pressed long). Without script the
 * panel still opens and closes with 微信.
 */
export function closeWhenLeft(details: HTMLDetailsElement): void {
  const summary = details.querySelector('summary');
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !details.open) return;
    details.open = false;
    summary?.focus();
  });
  details.addEventListener('focusout', (event) => {
    const { relatedTarget } = event;
    if (relatedTarget instanceof Node && !details.contains(relatedTarget)) details.open = false;
  });
  details.ownerDocument.addEventListener('pointerdown', (event) => {
    if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
  });
}
