import { describe, expect, test } from 'vitest';
import { utf8Text } from './utf8-text.ts';

/** `title: 国标码` as GBK writes it (Python's 'gb18030' codec). */
const GBK = Buffer.from('7469746c653a20b9fab1eac2eb', 'hex');

describe('utf8Text', () => {
  test('UTF-8 is read as it is, a byte-order mark dropped', () => {
    expect(utf8Text(Buffer.from('title: 国标码'))).toBe('title: 国标码');
    expect(utf8Text(Buffer.from('\ufefftitle: 国标码'))).toBe('title: 国标码');
  });

  test('GBK is not read at all, rather than read as mojibake', () => {
    expect(utf8Text(GBK)).toBeUndefined();
    expect(new TextDecoder('gb18030').decode(GBK), 'the bytes really are GBK').toBe('title: 国标码');
  });
});
