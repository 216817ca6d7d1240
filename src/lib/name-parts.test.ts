import { expect, test } from 'vitest';
import { WORD_JOINER } from './markdown-plugins.ts';
import { nameParts } from './name-parts.ts';

test.each([
  ['张文玉', ['张文玉']],
  ['阿依古丽·买买提', [`阿依古丽${WORD_JOINER}·`, '买买提']],
  ['阿卜杜热合曼·买买提明·艾力江', [`阿卜杜热合曼${WORD_JOINER}·`, `买买提明${WORD_JOINER}·`, '艾力江']],
  ['Alexander Featherstonehaugh-Montgomery', ['Alexander Featherstonehaugh-Montgomery']],
])('nameParts(%s) breaks only after a 间隔号, bound to the character before it', (name, parts) => {
  expect(nameParts(name)).toEqual(parts);
  expect(nameParts(name).join('').replaceAll(WORD_JOINER, '')).toBe(name);
});
