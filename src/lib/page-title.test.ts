import { expect, test } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from './page-title.ts';

test.each([
  [undefined, '法治报道'],
  ['潍坊市民政局多措并举提升社会组织服务平台效能', '潍坊市民政局多措并举提升社会组织服务平台效能 - 法治报道'],
  ['长'.repeat(65), '长'.repeat(65)],
  ['长'.repeat(80), `${'长'.repeat(69)}…`],
])('pageTitle(%j)', (title, expected) => {
  const result = pageTitle(title, '法治报道');
  expect(result).toBe(expected);
  expect([...result].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
});
