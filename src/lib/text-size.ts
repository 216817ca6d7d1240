/**
 * 字号：大 中 小 — the size of an article's text a reader chose, kept on their device for every
 * article. 中 is the site's own size and is stored as no choice at all.
 */

/** The sizes, as the control shows them and <html data-text-size> carries them (中 carries none). */
export const TEXT_SIZES = [
  { size: 'large', label: '大' },
  { size: 'medium', label: '中' },
  { size: 'small', label: '小' },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['size'];

/** Where the choice is kept (localStorage). */
export const TEXT_SIZE_KEY = 'baodao-text-size';

/** A stored or asked-for value as a size: anything else (nothing stored, an old or edited value) is 中. */
export const textSizeOf = (value: string | null | undefined): TextSize =>
  TEXT_SIZES.find(({ size }) => size === value)?.size ?? 'medium';

/**
 * The line in <head> that puts the stored size on <html> before the first paint, so the text is
 * laid out once at its size (set by the page's module, it would jump after the first paint).
 * Storage may be refused (a browser's private mode, cookies blocked): then the size is 中.
 */
export const earlyTextSizeScript = `try{const s=localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)});if(s==='large'||s==='small')document.documentElement.dataset.textSize=s}catch(e){}`;
