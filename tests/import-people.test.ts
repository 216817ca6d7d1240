/**
 * People imported from a staff directory's export (`npm run import:people`) build into the
 * 人员查询 directory, with their credentials and photos, and the bylines of the articles already
 * there that carry their names link to their pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, expect, inject, test } from 'vitest';
import { runBuild } from './support/build.ts';
import { squash } from './support/html.ts';
import { ROOT, readPage } from './support/site.ts';

const CONTENT = path.join(ROOT, '.build/import-people-content');
const OUT = path.join(ROOT, '.build/import-people-site');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import-people');

const page = (url: string): HTMLElement => parse(readPage(url, OUT));

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content'), CONTENT, { recursive: true });
  for (const csv of ['people.csv', 'people-gbk.csv']) {
    const run = spawnSync(process.execPath, ['scripts/import-people.ts', path.join(FIXTURES, csv), '--files', FIXTURES], {
      cwd: ROOT,
      env: { ...process.env, BAODAO_CONTENT: CONTENT },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`import of ${csv} failed:\n${run.stderr}`);
  }
  const build = runBuild({ BAODAO_CONTENT: CONTENT, BAODAO_OUT: OUT, BAODAO_NOW: inject('buildNow') });
  if (build.status !== 0) throw new Error(`the imported people did not build:\n${build.output.slice(-4000)}`);
});

test('an imported person’s page shows the name, post, credential number and photo', () => {
  const person = page('/people/qian-xiaowei/');
  expect(squash(person.querySelector('h1')!.textContent)).toBe('钱晓薇');
  const facts = squash(person.querySelector('.person-profile__facts')!.textContent);
  expect(facts).toContain('角色记者');
  expect(facts).toContain('单位法治报道');
  expect(facts).toContain('记者证号990120220003415');
  expect(person.querySelector('.person-profile__photo')!.getAttribute('alt')).toBe('钱晓薇的照片');
  expect(squash(person.querySelector('.person-status')!.textContent)).toBe('在职');
});

test('the GBK export’s people have their pages too, a 工作证号 and one who has left among them', () => {
  expect(squash(page('/people/zhen-liwei/').querySelector('.person-profile__facts')!.textContent)).toContain('记者证号990120200004562');
  expect(squash(page('/people/ouyang-siyuan/').querySelector('.person-profile__facts')!.textContent)).toContain('工作证号QC-2023-017');
  expect(squash(page('/people/shan-lixin/').querySelector('.person-profile__facts')!.textContent)).toContain('状态已离职，不再代表本站采访');
});

test('the directory lists them with their credential numbers for the lookup', () => {
  const cards = page('/people/').querySelectorAll('.person-card');
  const byName = new Map(cards.map((card) => [card.getAttribute('data-name'), card]));
  expect(byName.get('钱晓薇')!.getAttribute('data-credential')).toBe('990120220003415');
  expect(byName.get('贾明轩')!.getAttribute('data-credential')).toBe('990120240000219');
  expect(byName.get('韩启明')!.querySelector('a')!.getAttribute('href')).toBe('/people/han-qiming/');
  // The demo's 15 people are still there, beside the 6 imported (a card shows in each group of its roles).
  expect(byName.get('马远征')).toBeDefined();
  expect(new Set(cards.map((card) => card.getAttribute('data-person'))).size).toBe(21);
});

test('bylines and datelines of the articles already there link to the imported people', () => {
  const dateline = page('/articles/2024/03/linhe-fayuan-jiashi-tiaojie/').querySelector('.dateline')!;
  expect(dateline.querySelectorAll('a.person-name').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    ['罗长青', '/people/luo-changqing/'],
    ['钱晓薇', '/people/qian-xiaowei/'],
  ]);
  const byline = page('/articles/2025/04/pinglun-falv-yuanzhu-zhiliang/').querySelector('.byline')!;
  expect(byline.querySelector('a.person-name')!.getAttribute('href')).toBe('/people/han-qiming/');
});

test('a person’s page lists the articles that name them, with how', () => {
  const items = page('/people/qian-xiaowei/').querySelectorAll('.person-articles li');
  expect(items).toHaveLength(2);
  expect(items.every((item) => item.textContent.includes('通讯员'))).toBe(true);
});
