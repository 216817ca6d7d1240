import { expect, test } from 'vitest';
import { blankComments } from './html-comments.ts';

test('a comment becomes spaces, its line breaks kept, and what is around it stays where it was', () => {
  const html = '<p>a</p><!-- <img src="x">\n旧 -->\n<p class="opening">b</p>';
  const blanked = blankComments(html);
  expect(blanked).toHaveLength(html.length);
  expect(blanked.split('\n')).toHaveLength(html.split('\n').length);
  expect(blanked).not.toContain('<img');
  expect(blanked.indexOf('<p class="opening">')).toBe(html.lastIndexOf('<p class="opening">'));
  expect(blankComments('<p>无注释</p>')).toBe('<p>无注释</p>');
});
