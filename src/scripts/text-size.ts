/**
 * 字号：大 中 小 (TextSize.astro): a button pressed sets the article's text size on <html> and keeps
 * it on this device for every article; the line in <head> (earlyTextSizeScript) reads it back
 * before the next page's first paint. Each button says whether it is the size shown (aria-pressed).
 */
import { TEXT_SIZE_KEY, textSizeOf, type TextSize } from '../lib/text-size.ts';

export function textSizeControl(control: Element): void {
  const root = control.ownerDocument.documentElement;
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  const show = (size: TextSize) => {
    if (size === 'medium') delete root.dataset['textSize'];
    else root.dataset['textSize'] = size;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['size'] === size));
  };
  show(textSizeOf(root.dataset['textSize']));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = textSizeOf(button.dataset['size']);
      show(size);
      try {
        if (size === 'medium') localStorage.removeItem(TEXT_SIZE_KEY);
        else localStorage.setItem(TEXT_SIZE_KEY, size);
      } catch {
        // Storage refused: the size holds on this page only.
      }
    });
  }
}
