import { expect, test } from 'vitest';
import { LENGTH_LIMITS, longFieldMessage, longFields } from './long-fields.ts';

const of = (n: number) => '字'.repeat(n);

test('a title or a summary over its limit is named with its length; at the limit it is not', () => {
  expect(longFields({ title: of(LENGTH_LIMITS.title.limit), summary: of(LENGTH_LIMITS.summary.limit) })).toEqual([]);
  expect(longFields({ title: of(300), summary: of(1200) })).toEqual([
    { field: 'title', length: 300 },
    { field: 'summary', length: 1200 },
  ]);
  expect(longFields({ title: '标题' })).toEqual([]);
});

test('a court notice’s long title is not warned of; a title with the body pasted in is', () => {
  const notice = '青川市中级人民法院关于公开拍卖青川市东岭区滨江路18号商业用房及地下车位等三项不动产的公告（第二次拍卖）';
  expect([...notice].length).toBeGreaterThan(50);
  expect(longFields({ title: notice })).toEqual([]);
  const pasted = `${notice}。近年来，山东潍坊的社会组织进入了全面发展的快车道。潍坊已登记注册社会组织5239家，备案社区社会组织1.4万家，建立社区社会组织联合会133家。`;
  expect(longFields({ title: pasted })).toEqual([{ field: 'title', length: [...pasted].length }]);
});

test('characters are counted as readers count them, not as UTF-16 units', () => {
  expect(longFields({ title: '𠮷'.repeat(LENGTH_LIMITS.title.limit) })).toEqual([]);
});

test('the message names the field, its length and the limit', () => {
  expect(longFieldMessage('title', 300)).toBe('标题 title 有 300 字，超过 120 字，可能是误粘贴了正文：请检查');
});
