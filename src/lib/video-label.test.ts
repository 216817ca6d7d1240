import { expect, test } from 'vitest';
import { titleSaysVideo } from './video-label.ts';

test.each([
  ['视频｜调解员的一天', true],
  ['视频|调解员的一天', true],
  ['视频：调解员的一天', true],
  ['视频:调解员的一天', true],
  ['视频 ｜ 调解员的一天', true],
  [' 视频｜调解员的一天', true],
  ['【视频】调解员的一天', true],
  ['[视频]调解员的一天', true],
  ['【视频调解】新规出台', false],
  ['调解员的一天', false],
  ['视频调解员的一天', false], // 视频调解 is a phrase, not the label
  ['短视频平台侵权案宣判', false],
  ['调解员的一天｜视频', false],
])('%s says it is a video: %s', (title, expected) => {
  expect(titleSaysVideo(title)).toBe(expected);
});
