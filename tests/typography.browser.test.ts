/**
 * Chinese text as a reader sees it in Chromium: the sizes its headings are drawn at, the rhythm
 * of its lines and how emphasis is shown, measured from where each character is drawn.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { previewInBrowser } from './support/browser.ts';
import { eachDrawn, notesApart } from './support/drawn.ts';

const served = previewInBrowser();

async function open(url: string, width: number): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${served.preview.url}${url}`);
  return page;
}

const WIDTHS = [320, 375, 768, 1280];
const SEED = '/articles/2024/01/weifang-minzheng-shehui-zuzhi/';
/** Articles whose bodies have section headings (## in Markdown). */
const HEADED = ['/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/', '/articles/2026/06/xingzheng-zhifa-sanxiang-zhidu/'];
/** An article whose body refers to a note ([^1]), the reference raised in a paragraph of several lines. */
const NOTED = '/articles/2026/11/jieming-maifang-wenda/';

/** How wide a Han character of the first element `selector` finds is drawn: its font size. */
async function hanWidth(page: Page, selector: string): Promise<number> {
  const [first] = await eachDrawn(page, selector);
  const han = first!.characters.find(({ character }) => /\p{Script=Han}/u.test(character));
  return han!.width;
}

/** Drawn a visible step apart: a pixel and a half, a tenth of a Han character's 17 px in the body. */
const STEP = 1.5;

test.each(WIDTHS)('each level of 小标题 (##, ###, ####) is drawn a visible step smaller than the one above (## than the title), and larger or bolder than the text, at %s px', async (width) => {
  for (const url of HEADED) {
    const page = await open(url, width);
    // No demo article goes below ##; an imported one may (its old <h3>, <h4>): the lower levels
    // as Markdown renders them, at the body's start.
    await page.$eval('.article__body', (body) => body.insertAdjacentHTML('afterbegin', '<h3>三级小标题</h3><h4>四级小标题</h4>'));
    const title = await hanWidth(page, '.article__title');
    const text = await hanWidth(page, '.article__body p');
    const weight = (selector: string) => page.$eval(selector, (element) => Number(getComputedStyle(element).fontWeight));
    const textWeight = await weight('.article__body p');
    let above = title;
    for (const level of ['h2', 'h3', 'h4']) {
      const selector = `.article__body ${level}`;
      const heading = await hanWidth(page, selector);
      const drawn = `${url}: ${level} ${heading} px, 上一级 ${above} px, 正文 ${text} px`;
      expect(above - heading, drawn).toBeGreaterThanOrEqual(STEP);
      expect(heading - text > 0.5 || (await weight(selector)) > textWeight, drawn).toBe(true);
      above = heading;
    }
    await page.context().close();
  }
});

test.each([320, 375])('each line of a paragraph stands one line height below the last, also a line with a note’s number, at %s px', async (width) => {
  const page = await open(NOTED, width);
  const paragraphs = await page.$$eval('.article__body > p', (elements) =>
    elements.map((paragraph) => {
      const range = document.createRange();
      const tops: number[] = [];
      let noteLine = -1;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const raised = text.parentElement!.closest('sup');
        for (let i = 0; i < text.textContent!.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect?.width) continue;
          // The note's number is raised above its line: its line is the one whose text it follows.
          if (raised) {
            noteLine = tops.length - 1;
            continue;
          }
          if (!tops.some((top) => Math.abs(top - rect.top) < 4)) tops.push(rect.top);
        }
      }
      return { text: paragraph.textContent!.slice(0, 12), tops, noteLine, leading: parseFloat(getComputedStyle(paragraph).lineHeight) };
    }),
  );
  const noted = paragraphs.filter(({ noteLine }) => noteLine > 0);
  expect(noted.length, 'a note’s number below the first line of its paragraph').toBeGreaterThan(0);
  for (const { text, tops, leading } of paragraphs) {
    const steps = tops.slice(1).map((top, i) => top - tops[i]!);
    for (const step of steps) expect(step, `${text}…: lines ${steps.map((each) => each.toFixed(1)).join(', ')} px apart`).toBeCloseTo(leading, 0);
  }
  await page.context().close();
});

test('no line of the body starts with a note’s number or the mark after it, at widths from 320 to 800 px', async () => {
  const page = await open(NOTED, 320);
  // Every third width: before the number was bound to the word before it, lines began with it
  // and its 。 at 387–394 px (an iPhone's 390 among them) and at 710–734 px.
  for (let width = 320; width <= 800; width += 3) {
    await page.setViewportSize({ width, height: 800 });
    const { notes, apart } = await notesApart(page, '.article__body > p');
    expect(notes).toBeGreaterThan(0);
    expect(apart, `${width} px`).toEqual([]);
  }
  await page.context().close();
});

test.each([320, 1280])('emphasis (*强调* in Markdown, <em>) is drawn upright and bold, as **加粗** is, at %s px', async (width) => {
  const page = await open(SEED, width);
  // The same words on one line of the body, in bold and emphasised as Markdown renders them: four
  // characters apart, so drawn at the same fraction of a pixel.
  const boxes = await page.$eval('.article__body', (body) => {
    const paragraph = document.createElement('p');
    paragraph.innerHTML = '<strong>依法办事</strong><em>依法办事</em>';
    body.prepend(paragraph);
    paragraph.scrollIntoView({ block: 'center' });
    return [...paragraph.children].map((element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(width), height: Math.ceil(height) };
    });
  });
  const pictures: Buffer[] = [];
  for (const box of boxes) pictures.push(await sharp(await page.screenshot({ clip: box })).greyscale().raw().toBuffer());
  const [bold, stressed] = pictures;
  expect(boxes[1]!.width).toBe(boxes[0]!.width);
  expect(stressed!.equals(bold!), 'the emphasised characters are drawn as the bold ones').toBe(true);
  await page.context().close();
});

/**
 * Emphasis in each place it can stand in an article: the body's text, bold text (**加粗**), a
 * 小标题, a table's header cell, and a Latin word in the text and in bold.
 */
const EMPHASIS_PLACES = [
  ['the body', '<p>依法办事<em>依法办事</em></p>'],
  ['bold text', '<p><strong>依法办事<em>依法办事</em></strong></p>'],
  ['a 小标题', '<h2>依法办事<em>依法办事</em></h2>'],
  ['a table\'s header cell', '<table><tr><th>依法办事<em>依法办事</em></th></tr></table>'],
  ['a Latin word in the body', '<p>the <em>real</em> thing</p>'],
  ['a Latin word in bold', '<p><strong>the <em>real</em> thing</strong></p>'],
];

test.each(['screen', 'print'] as const)('emphasis stands out from the words around it wherever it stands, at 320 px on %s', async (media) => {
  const page = await open(SEED, 320);
  await page.emulateMedia({ media });
  for (const [place, html] of EMPHASIS_PLACES) {
    /** The article's text holding `markup`, drawn at the top of the window, over the page. */
    const drawn = async (markup: string) => {
      await page.$eval(
        '.article__body',
        (body, markup) => {
          document.querySelector('#emphasis-place')?.remove();
          const place = document.createElement('div');
          place.id = 'emphasis-place';
          place.style.cssText = 'position: fixed; inset: 0 0 auto; z-index: 10; min-height: 150px; padding: 0 16px; background: #fff';
          place.innerHTML = markup;
          body.append(place);
        },
        markup,
      );
      return sharp(await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 150 } })).greyscale().raw().toBuffer();
    };
    // The same words in the same place, emphasised and not: the same pixels would be emphasis the reader cannot see.
    const emphasised = await drawn(html!);
    const plain = await drawn(html!.replaceAll('<em>', '<span>').replaceAll('</em>', '</span>'));
    expect.soft(emphasised.equals(plain), `${place}: ${html}`).toBe(false);
  }
  await page.context().close();
});

/**
 * Tables of figures: the demo's review of 2024 (28640 件, 12345热线诉求（万件）) and the fixture of
 * extreme content (an HTML table of amounts such as 1,190,567.89, a 40-digit number).
 */
const FIGURES = ['/articles/2025/01/qingchuan-2024-fazhi-gongzuo-huigu/', '/articles/2023/12/jiduan-neirong/'];
/** A number as a table writes it: digits with their separators (1,190,567.89, 95.1%, 2023-11-15). */
const NUMBER = /\d(?:[\d,.:%-]*\d)?%?/gu;

test.each([320, 375])('no number in a table cell is broken across lines (856,0 / 00.00), at %s px: a table wider than its column scrolls in its box instead', async (width) => {
  for (const url of FIGURES) {
    const page = await open(url, width);
    const broken: string[] = [];
    let numbers = 0;
    for (const { characters } of await eachDrawn(page, '.article__body td, .article__body th')) {
      const text = characters.map(({ character }) => character).join('');
      for (const match of text.matchAll(NUMBER)) {
        numbers++;
        const tops = new Set(characters.slice(match.index, match.index + match[0].length).map(({ top }) => Math.round(top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    expect(numbers, url).toBeGreaterThan(10);
    expect(broken, `${url} at ${width} px`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${url}: the page does not scroll sideways`).toBeLessThanOrEqual(0);
    await page.context().close();
  }
});

test.each([320, 375])('a table’s caption is in view above a table wider than the phone, at %s px, not centred in its scrolled width', async (width) => {
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  const captions = await page.$$eval('.article__body .table-scroll caption', (found) =>
    found.map((caption) => {
      const box = caption.closest('.table-scroll')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(caption);
      const text = range.getBoundingClientRect();
      return { text: caption.textContent, scrolls: caption.closest('.table-scroll')!.scrollWidth > box.width, left: text.left - box.left, right: box.right - text.right };
    }),
  );
  expect(captions.length).toBeGreaterThan(0);
  for (const { text, scrolls, left, right } of captions) {
    expect(scrolls, `${text}: its table is wider than the phone`).toBe(true);
    expect(left, `${text} starts in the box`).toBeGreaterThanOrEqual(0);
    expect(right, `${text} ends in the box`).toBeGreaterThanOrEqual(0);
  }
  await page.context().close();
});

test.each([320, 1280])('a quotation’s source line (——《…》) is set at the right under the quoted text, at %s px', async (width) => {
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  const lines = await page.$$eval('.article__body blockquote', (quotes) =>
    quotes.flatMap((quote) => {
      const paragraphs = [...quote.querySelectorAll('p')];
      const source = paragraphs.at(-1)!;
      if (!source.textContent!.trim().startsWith('——')) return [];
      const range = document.createRange();
      range.selectNodeContents(source);
      const rects = [...range.getClientRects()];
      const box = source.getBoundingClientRect();
      const style = getComputedStyle(source);
      const right = box.right - parseFloat(style.paddingRight);
      // Its last line (its only one, or the rest of a long source) ends at the right of the quotation, away from its left.
      const last = rects.at(-1)!;
      return [{ text: source.textContent, gapRight: right - last.right, gapLeft: last.left - box.left }];
    }),
  );
  expect(lines.length).toBeGreaterThan(0);
  for (const { text, gapRight, gapLeft } of lines) {
    expect(gapRight, `${text} ends at the right`).toBeLessThan(2);
    expect(gapLeft, `${text} does not start at the left`).toBeGreaterThan(0);
  }
  await page.context().close();
});

test.each([375, 1280])('a judgment pasted as HTML (<p align="center">, <p>　　…</p>, <td align="right">) is set as the site sets text, at %s px: its title on the column’s middle, each paragraph indented 2em once, the amounts at the right of their cells', async (width) => {
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  const measured = await page.evaluate(() => {
    const body = document.querySelector('.article__body')!;
    const em = parseFloat(getComputedStyle(body).fontSize);
    /** The box of a text's characters from `from` to `to` (the whole text without them). */
    const drawn = (text: Node, from = 0, to = text.textContent!.length) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return range.getBoundingClientRect();
    };
    const firstText = (element: Element) => document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
    const paragraphs = [...body.querySelectorAll('p')];
    const title = paragraphs.find((p) => p.textContent === '民事判决书')!;
    const titleText = drawn(firstText(title));
    const titleBox = title.getBoundingClientRect();
    // Where each pasted paragraph's first character that is not a space is drawn, from the paragraph's edge, in em.
    const indents = paragraphs
      .filter((p) => /^\s*(原告王某与|本院认为)/.test(p.textContent!))
      .map((p) => {
        const text = firstText(p);
        const first = text.textContent!.search(/\S/);
        const box = drawn(text, first, first + 1);
        return { text: p.textContent!.trim().slice(0, 6), indent: (box.left - p.getBoundingClientRect().left) / em };
      });
    // How far each amount of the HTML table ends from its cell's right edge (inside its padding).
    const amounts = [...body.querySelectorAll('table:has(caption) td')]
      .filter((cell) => /^[\d,.]+$/.test(cell.textContent!.trim()))
      .map((cell) => {
        const style = getComputedStyle(cell);
        const right = cell.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        return { text: cell.textContent!.trim(), gap: right - drawn(firstText(cell)).right };
      });
    return { offCentre: titleText.left - titleBox.left - (titleBox.right - titleText.right), indents, amounts };
  });
  // The 2em indent put the centred title 1em (17 px) right of the middle.
  expect(Math.abs(measured.offCentre), '民事判决书 is centred').toBeLessThan(1);
  // Indented twice, the site's 2em and the typed 　　, it started 4em in.
  expect(measured.indents).toHaveLength(2);
  for (const { text, indent } of measured.indents) expect(indent, text).toBeCloseTo(2, 1);
  // The site's cell rule overrode align="right": an amount narrower than its column stood at the left.
  expect(measured.amounts.length).toBeGreaterThan(5);
  for (const { text, gap } of measured.amounts) expect(gap, text).toBeLessThan(1);
  await page.context().close();
});

test.each([
  [375, 'on a line of its own', false],
  [1280, 'beside the text, apart from it', true],
])('a picture an old CMS floats beside the text (<img align="left">) stands beside it only where the text has room: at %s px %s', async (width, _, beside) => {
  const page = await open('/articles/2023/12/jiduan-neirong/', width);
  const measured = await page.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('.article__body img[src*="jiduan-neirong-tuwen"]')!;
    const paragraph = img.closest('p')!;
    const picture = img.getBoundingClientRect();
    const column = paragraph.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(paragraph.lastChild!);
    const lines = [...range.getClientRects()];
    const besideIt = lines.filter((line) => line.top < picture.bottom - 1);
    return {
      pictureWidth: picture.width / column.width,
      // The narrowest line of text beside the picture, as a share of the column, and how far it starts from the picture.
      narrowest: Math.min(...besideIt.map((line) => line.width / column.width)),
      gap: Math.min(...besideIt.map((line) => line.left - picture.right)),
      besideIt: besideIt.length,
      em: parseFloat(getComputedStyle(paragraph).fontSize),
    };
  });
  if (beside) {
    expect(measured.besideIt, 'the text runs beside the picture').toBeGreaterThan(1);
    expect(measured.gap, 'a little apart from the picture').toBeGreaterThanOrEqual(measured.em * 0.9);
    expect(measured.pictureWidth).toBeLessThanOrEqual(0.5);
  } else {
    // Before, the text beside a 220 px picture was a strip of 6 characters a line.
    expect(measured.besideIt, 'no text beside the picture').toBe(0);
  }
  await page.context().close();
});

test('a table pasted with the width of its old page (<table width="900">, <th width="300">) is laid out as the site lays out tables: at 1280 px it fits the column, which it overran', async () => {
  const page = await open('/articles/2023/12/jiduan-neirong/', 1280);
  const box = await page.$eval('.article__body .table-scroll:has(table[border])', (scroll) => ({ overrun: scroll.scrollWidth - scroll.clientWidth, width: scroll.clientWidth }));
  expect(box.width).toBeGreaterThan(700);
  expect(box.overrun, 'the table is not wider than its box').toBeLessThanOrEqual(0);
  await page.context().close();
});

test('a paragraph inside a table cell (<td><p>, as Word writes cells) starts at the cell’s edge, with no space under it: the story’s indent is not the cell’s, at 375 px', async () => {
  const page = await open('/articles/2023/12/jiduan-neirong/', 375);
  const cells = await page.$$eval('.article__body :is(td, th):has(> p)', (found) =>
    found.map((cell) => {
      const style = getComputedStyle(cell);
      const inner = cell.getBoundingClientRect();
      const left = inner.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const bottom = inner.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
      // The text's own boxes (a range over the cell would also give the <p>'s, which starts at the edge).
      const words = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.selectNodeContents(words);
      const text = range.getBoundingClientRect();
      return { text: cell.textContent, align: style.textAlign, indent: text.left - left, below: bottom - text.bottom };
    }),
  );
  expect(cells.length).toBeGreaterThan(1);
  for (const { text, align, indent, below } of cells) {
    if (align === 'left' || align === 'start') expect(indent, `${text} starts at the cell’s edge`).toBeLessThan(1);
    expect(below, `${text}: no paragraph’s space under it`).toBeLessThan(2);
  }
  await page.context().close();
});
