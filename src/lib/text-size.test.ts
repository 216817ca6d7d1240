import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { earlyTextSizeScript, TEXT_SIZE_KEY, TEXT_SIZES, textSizeOf } from './text-size.ts';

describe('textSizeOf', () => {
  test.each([
    ['large', 'large'],
    ['small', 'small'],
    ['medium', 'medium'],
    [null, 'medium'],
    [undefined, 'medium'],
    ['', 'medium'],
    ['huge', 'medium'],
    ['LARGE', 'medium'],
  ])('%j is %s', (value, size) => expect(textSizeOf(value)).toBe(size));
});

describe('earlyTextSizeScript', () => {
  /** Runs the script against a stored value (or a storage that throws) and returns what it put on <html>. */
  const run = (stored: string | null | Error) => {
    const dataset: Record<string, string> = {};
    const localStorage = {
      getItem: (key: string) => {
        if (stored instanceof Error) throw stored;
        return key === TEXT_SIZE_KEY ? stored : null;
      },
    };
    runInNewContext(earlyTextSizeScript, { localStorage, document: { documentElement: { dataset } } });
    return dataset['textSize'];
  };

  test.each(TEXT_SIZES.filter(({ size }) => size !== 'medium'))('puts a stored $size on <html>', ({ size }) => expect(run(size)).toBe(size));
  test.each([null, 'medium', 'huge', '"><script>'])('leaves <html> alone for %j', (stored) => expect(run(stored)).toBeUndefined());
  test('leaves <html> alone where storage is refused', () => expect(run(new Error('SecurityError'))).toBeUndefined());
  test('keeps to the sizes textSizeOf reads', () => {
    for (const { size } of TEXT_SIZES) expect(run(size) ?? 'medium').toBe(textSizeOf(size));
  });
});
