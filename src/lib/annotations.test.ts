import { describe, expect, test } from 'vitest';
import { fieldLine, githubAnnotation, warningAnnotations } from './annotations.ts';

const article = `---
title: 潍坊市民政局多措并举
date: 2024-01-23 09:08:47
author:
  - 马远征
  - 张文玉
cover:
  image: ./cover.jpg
  # 说明
  alt: 题图
tags: [潍坊, 民政]
corrections:
  - date: 2024-01-24
    text: 更正一
  - text: 更正二
    date: 2024-01-25
withdrawn:
  date: 2024-02-01
editor: 乔海印
---

date: 正文里的一行
`;

/** The 1-based line of the first line of `source` that starts with `text`. */
const lineOf = (source: string, text: string, after = 0) => source.split('\n').findIndex((line, index) => index >= after && line.startsWith(text)) + 1;

describe('fieldLine', () => {
  test.each([
    ['title', 'title:'],
    ['date', 'date:'],
    ['editor', 'editor:'],
    ['author', 'author:'],
    ['author 第 2 项', '  - 张文玉'],
    ['cover.alt', '  alt:'],
    ['cover.image', '  image:'],
    ['withdrawn.date', '  date: 2024-02-01'],
    ['corrections 第 2 项', '  - text: 更正二'],
    ['corrections 第 2 项 date', '    date: 2024-01-25'],
    ['corrections 第 1 项 date', '  - date: 2024-01-24'],
  ])('%s is on the line that writes it', (field, text) => {
    expect(fieldLine(article, field)).toBe(lineOf(article, text));
  });

  test('as far as it can be followed: a key written without the part named, an inline list', () => {
    expect(fieldLine(article, 'cover.caption')).toBe(lineOf(article, 'cover:'));
    expect(fieldLine(article, 'tags 第 2 项')).toBe(lineOf(article, 'tags:'));
    expect(fieldLine(article, 'author 第 3 项')).toBe(lineOf(article, 'author:'));
  });

  test('a field not written, and a word of the body, have no line', () => {
    expect(fieldLine(article, 'section')).toBeUndefined();
    expect(fieldLine('---\ntitle: 标题\n---\n\nsection: 正文\n', 'section')).toBeUndefined();
  });

  test('a list under its key at the same indentation', () => {
    const source = '---\nauthor:\n- 马远征\n- 张文玉\neditor: 乔海印\n---\n';
    expect(fieldLine(source, 'author 第 2 项')).toBe(4);
    expect(fieldLine(source, 'editor')).toBe(5);
  });

  test('a YAML file that is a list (sections.yaml)', () => {
    const sections = '- id: today\n  name: 今日资讯\n  order: 1\n\n- id: law\n  name: 法治\n  order: 2\n';
    expect(fieldLine(sections, '第 2 项 name')).toBe(lineOf(sections, '  name: 法治'));
    expect(fieldLine(sections, '第 2 项 id')).toBe(lineOf(sections, '- id: law'));
    expect(fieldLine(sections, '第 1 项 order')).toBe(lineOf(sections, '  order: 1'));
    expect(fieldLine(sections, 'name')).toBeUndefined();
  });

  test('a YAML file that is a map (people), CRLF line ends', () => {
    expect(fieldLine('name: 马远征\r\nroles: [记者]\r\ncredential:\r\n  number: A123\r\n', 'credential.number')).toBe(4);
  });
});

describe('githubAnnotation', () => {
  const read = (file: string) => (file === 'content/articles/a.md' ? article : undefined);

  test('a field problem on the line of its field, found in the file', () => {
    expect(githubAnnotation({ file: 'content/articles/a.md', field: 'cover.alt', message: '题图说明不能为空' }, read)).toBe(
      `::error file=content/articles/a.md,line=${lineOf(article, '  alt:')},title=内容检查：cover.alt::题图说明不能为空`,
    );
  });

  test('a problem that gives its line keeps it; one with neither line nor field names the file', () => {
    expect(githubAnnotation({ file: 'content/articles/a.md:23', field: '', message: '链接的栏目不存在' }, read)).toBe(
      '::error file=content/articles/a.md,line=23,title=内容检查::链接的栏目不存在',
    );
    expect(githubAnnotation({ file: 'content/articles/b.md', field: 'section', message: '缺少栏目' }, read)).toBe(
      '::error file=content/articles/b.md,title=内容检查：section::缺少栏目',
    );
  });

  test('escapes what workflow commands reserve: % and line ends in the message, also : and , in properties', () => {
    expect(githubAnnotation({ file: 'a,b:c.md', field: 'x', message: '100% 完成\n第二行\r' }, () => undefined)).toBe(
      '::error file=a%2Cb%3Ac.md,title=内容检查：x::100%25 完成%0A第二行%0D',
    );
  });
});

test('a file a warning is about is a warning annotation, on its line or its field’s', () => {
  const read = (file: string) => (file === 'content/people/a.yaml' ? 'id: a\nname: 马远征\n' : undefined);
  expect(githubAnnotation({ file: 'content/articles/a.md:23', field: '', message: '链接 /articles/2024/01/x/ 指向还没有发布的文章' }, read, 'warning')).toBe(
    '::warning file=content/articles/a.md,line=23,title=内容检查::链接 /articles/2024/01/x/ 指向还没有发布的文章',
  );
  expect(githubAnnotation({ file: 'content/people/a.yaml', field: 'name', message: '姓名“马远征”不止一位' }, read, 'warning')).toBe(
    '::warning file=content/people/a.yaml,line=2,title=内容检查：name::姓名“马远征”不止一位',
  );
});

describe('warningAnnotations', () => {
  const file = (name: string, line: number) => ({ file: `content/articles/${name}.md:${line}`, field: '', message: `${name} 的问题` });
  const links = { text: '2 处链接指向还没有发布的文章', files: [file('a', 3), file('b', 4)] };
  const bylines = { text: '300 个署名在人员查询中找不到', files: Array.from({ length: 300 }, (_, i) => file(`n${i}`, 1)) };
  const topics = { text: '1 个专题收录了已撤稿的文章', files: [file('t', 9)] };

  test('each file on its line while they fit, fewest files first; a warning about too many files once, in its words', () => {
    const lines = warningAnnotations([bylines, links, topics], () => undefined);
    expect(lines).toEqual([
      '::warning file=content/articles/t.md,line=9,title=内容检查::t 的问题',
      '::warning file=content/articles/a.md,line=3,title=内容检查::a 的问题',
      '::warning file=content/articles/b.md,line=4,title=内容检查::b 的问题',
      '::warning title=内容检查::300 个署名在人员查询中找不到',
    ]);
  });

  test('never more than GitHub shows, and each warning at least once', () => {
    for (const room of [1, 2, 3, 4, 10]) {
      const lines = warningAnnotations([bylines, links, topics], () => undefined, room);
      expect(lines.length).toBeLessThanOrEqual(room);
      const shown = (warning: typeof links) => lines.some((line) => line.endsWith(`::${warning.text}`) || warning.files.some(({ message }) => line.endsWith(`::${message}`)));
      if (room >= 3) for (const warning of [bylines, links, topics]) expect(shown(warning), `${warning.text} in ${room}`).toBe(true);
    }
  });
});
