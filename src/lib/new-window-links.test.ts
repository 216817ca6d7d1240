import { expect, test } from 'vitest';
import { opensWindow } from './new-window-links.ts';

test('opensWindow', () => {
  expect(opensWindow('_blank', undefined)).toBe(true);
  expect(opensWindow('_blank', 'NoOpener')).toBe(false);
  expect(opensWindow('_TOP', undefined)).toBe(false);
  expect(opensWindow(undefined, undefined)).toBe(false);
});
