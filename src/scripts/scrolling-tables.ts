/**
 * A table's box (`.table-scroll`, scrollableTables in src/lib/markdown-plugins.ts) is written as
 * a Tab stop named 表格（可左右滚动）, so that a wide table can be scrolled with the keyboard. A
 * table that fits its column was then a Tab stop that did nothing, and screen readers announced
 * a scroll there was not. Here a box is a named Tab stop only while its table is wider than it,
 * and a plain box otherwise, checked again whenever the box or its table changes width (a
 * resized window, a phone turned, text made larger, the page printed and back). Without script
 * every box stays a Tab stop, so no wide table is out of the keyboard's reach.
 */
export function markScrollingTables(root: Document): void {
  const boxes = [...root.querySelectorAll<HTMLElement>('.table-scroll')];
  if (boxes.length === 0) return;
  // The box's name and role as the page wrote them, one place (the renderer) for their words.
  const written = boxes.map((box) => ({ box, role: box.getAttribute('role'), label: box.getAttribute('aria-label') }));
  const mark = () => {
    for (const { box, role, label } of written) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        if (role) box.setAttribute('role', role);
        if (label) box.setAttribute('aria-label', label);
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
  };
  mark();
  const resized = new ResizeObserver(mark);
  for (const box of boxes) {
    resized.observe(box);
    const table = box.querySelector('table');
    if (table) resized.observe(table);
  }
  root.defaultView?.matchMedia('print').addEventListener('change', mark);
}
