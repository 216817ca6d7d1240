/** 人员查询 in a real browser: the lookup filters by name and by credential number as one types. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { POLL, previewInBrowser } from './support/browser.ts';
import { TEST_CONTENT, filesUnder } from './support/site.ts';
import { ROLES } from '../src/lib/schema.ts';

const people = filesUnder(path.join(TEST_CONTENT, 'people'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => yaml.load(readFileSync(path.join(TEST_CONTENT, 'people', f), 'utf8')) as { name: string; roles: string[]; credential?: { number: string } });
const withCredential = people.find((p) => p.credential)!;

const served = previewInBrowser();
let page: Page;

beforeAll(async () => {
  page = await served.browser.newPage();
});

const visibleNames = async () =>
  page.$$eval('.person-card', (cards) =>
    [...new Set(cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => (c as HTMLElement).dataset['name']))],
  );

describe('人员查询 lookup', () => {
  test('shows everyone, and the lookup box, once the script runs', async () => {
    await page.goto(`${served.preview.url}/people/`);
    await expect.poll(() => page.isVisible('#people-lookup-input'), POLL).toBe(true);
    expect((await visibleNames()).sort()).toEqual(people.map((p) => p.name).sort());
  });

  test('the box is a search landmark of its own, named apart from the header’s 站内搜索, where a screen reader’s list of landmarks finds it', async () => {
    const lookup = page.getByRole('search', { name: '人员查询' });
    expect(await lookup.getByRole('searchbox', { name: '输入姓名或证件号查询：' }).count()).toBe(1);
    expect(await page.getByRole('search', { name: '站内搜索' }).count()).toBe(1);
  });

  test('filters by name as the reader types', async () => {
    const target = people.find((p) => p.name.length >= 3)!;
    await page.fill('#people-lookup-input', target.name.slice(0, 2));
    const expected = people.filter((p) => p.name.includes(target.name.slice(0, 2))).map((p) => p.name);
    expect((await visibleNames()).sort()).toEqual(expected.sort());
    await expect.poll(() => page.textContent('.people-lookup__status'), POLL).toBe(`找到 ${expected.length} 位人员`);
  });

  test('filters by credential number, spaces and dashes ignored', async () => {
    const number = withCredential.credential!.number;
    await page.fill('#people-lookup-input', ` ${number.slice(0, 4)} ${number.slice(4)} `);
    expect(await visibleNames()).toEqual([withCredential.name]);
  });

  test('filters by a credential number typed full-width, as a Chinese input method types it', async () => {
    const number = withCredential.credential!.number;
    const fullWidth = [...number].map((c) => (/[!-~]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
    expect(fullWidth).not.toBe(number);
    await page.fill('#people-lookup-input', fullWidth);
    expect(await visibleNames()).toEqual([withCredential.name]);
    await expect.poll(() => page.textContent('.people-lookup__status'), POLL).toBe('找到 1 位人员');
  });

  test('typed with a pinyin input method, the letters it shows while the reader picks filter no one away; the name it gives does', async () => {
    expect(people.map((p) => p.name)).toContain('林晓雨');
    await page.fill('#people-lookup-input', '');
    await page.focus('#people-lookup-input');
    const cdp = await page.context().newCDPSession(page);
    try {
      for (const text of ['lin', 'linxiao', 'linxiaoyu']) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
        expect(await page.inputValue('#people-lookup-input')).toBe(text);
        // Not 没有找到匹配的人员…冒用本站名义 flashed and read out at every letter.
        expect((await visibleNames()).sort(), text).toEqual(people.map((p) => p.name).sort());
        expect(await page.textContent('.people-lookup__status'), text).toBe('');
      }
      await cdp.send('Input.insertText', { text: '林晓雨' });
      await expect.poll(visibleNames, POLL).toEqual(['林晓雨']);
      await expect.poll(() => page.textContent('.people-lookup__status'), POLL).toBe('找到 1 位人员');
    } finally {
      await cdp.detach();
    }
  });

  test('says what it found once, when the reader stops typing: a screen reader reads the status out each time it is written', async () => {
    const number = withCredential.credential!.number;
    await page.goto(`${served.preview.url}/people/`);
    await expect.poll(() => page.isVisible('#people-lookup-input'), POLL).toBe(true);
    await page.evaluate(() => {
      const status = document.querySelector('.people-lookup__status')!;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(status.textContent!)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.focus('#people-lookup-input');
    await page.keyboard.type(number, { delay: 50 });
    // The list follows every key.
    expect(await visibleNames()).toEqual([withCredential.name]);
    await expect.poll(() => page.textContent('.people-lookup__status'), POLL).toBe('找到 1 位人员');
    await page.waitForTimeout(1_500);
    // Before, it was written at every digit: 找到 5 位人员, 找到 4 位人员 five times, 找到 2 位人员, 找到 1 位人员 eight times.
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(['找到 1 位人员']);
  });

  test('says plainly when nobody matches, and hides empty groups', async () => {
    await page.fill('#people-lookup-input', '查无此人000');
    expect(await visibleNames()).toEqual([]);
    await expect.poll(() => page.textContent('.people-lookup__status'), POLL).toContain('没有找到匹配的人员');
    expect(await page.$$eval('.people-group', (groups) => groups.every((g) => (g as HTMLElement).hidden))).toBe(true);
  });

  test('someone with two roles shows once in a lookup, and each group counts what it shows', async () => {
    const twoRoles = people.find((p) => p.roles.length > 1 && people.filter((q) => q.name.includes(p.name)).length === 1);
    if (!twoRoles) throw new Error('the demo people need someone with two roles for this test');
    await page.fill('#people-lookup-input', twoRoles.name);
    await expect.poll(() => page.textContent('.people-lookup__status'), POLL).toBe('找到 1 位人员');
    const shown = await page.$$eval('.person-card', (cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(1);
    const headings = await page.$$eval('.people-group', (groups) =>
      groups.filter((g) => !(g as HTMLElement).hidden).map((g) => g.querySelector('h2')!.textContent!.trim()),
    );
    // The directory's groups follow ROLES; the person shows under the first group they are in.
    expect(headings).toEqual([`${ROLES.find((role) => twoRoles.roles.includes(role))}（1）`]);
    await page.fill('#people-lookup-input', '');
    const all = await page.$$eval('.people-group h2', (h) => h.map((x) => x.textContent!.trim()));
    for (const role of twoRoles.roles) {
      expect(all).toContain(`${role}（${people.filter((p) => p.roles.includes(role)).length}）`);
    }
  });

  test('?q= in the address fills the lookup', async () => {
    await page.goto(`${served.preview.url}/people/?q=${encodeURIComponent(withCredential.name)}`);
    await expect.poll(visibleNames, POLL).toEqual([withCredential.name]);
  });

  test('the box has its room before the script runs, so the list below it does not move when it starts', async () => {
    const context = await served.browser.newContext();
    const early = await context.newPage();
    // JavaScript is on but the page's scripts may not run (as for a browser too old for them):
    // what shows is what the first paint shows.
    await early.route('**/people/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
    });
    await early.goto(`${served.preview.url}/people/`);
    expect(await early.evaluate(() => document.querySelector('[data-people-lookup]')?.hasAttribute('data-pending'))).toBe(true);
    // A box that cannot filter is not shown.
    expect(await early.isVisible('#people-lookup-input')).toBe(false);
    const before = await early.$eval('.people-group', (group) => group.getBoundingClientRect().top);
    await context.close();
    await page.goto(`${served.preview.url}/people/`);
    await expect.poll(() => page.isVisible('#people-lookup-input'), POLL).toBe(true);
    expect(await page.$eval('.people-group', (group) => group.getBoundingClientRect().top)).toBe(before);
  });

  test('without JavaScript the full list is there and the box stays hidden', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${served.preview.url}/people/`);
    expect(await noScript.isVisible('#people-lookup-input')).toBe(false);
    const names = await noScript.$$eval('.person-card', (cards) => [...new Set(cards.map((c) => (c as HTMLElement).dataset['name']))]);
    expect(names.sort()).toEqual(people.map((p) => p.name).sort());
    await context.close();
  });
});
