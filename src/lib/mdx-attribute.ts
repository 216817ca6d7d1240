/**
 * The text of an .mdx element's attribute, read one way by the content check and by the
 * renderer's plugins: as written in quotes, or the plain string in braces MDX allows
 * (`href={"…"}`, `target={"_blank"}`), which the content check accepts and MDX publishes as text.
 */
/** One string in quotes, alone in the braces (`{"a" + "b"}` is code). */
const STRING = /^\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')\s*$/;

/** JavaScript's one-letter escapes that are not the letter itself. */
const JS_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

/**
 * The text of an attribute's `value`: as written in quotes (`''` for an attribute without one),
 * or the string in braces, its escapes read as JavaScript reads them (`{"\x6aavascript:…"}` is
 * javascript:); undefined for any other code in braces, and for an attribute not written.
 */
export function mdxAttributeText(value: string | { value: string } | null | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  const literal = value && STRING.exec(value.value);
  if (!literal) return undefined;
  return (literal[1] ?? literal[2])!.replace(/\\(?:u\{([\da-f]+)\}|u([\da-f]{4})|x([\da-f]{2})|([\s\S]))/gi, (_, braced?: string, unicode?: string, hex?: string, other = '') => {
    const code = braced ?? unicode ?? hex;
    return code ? String.fromCodePoint(parseInt(code, 16)) : (JS_ESCAPES[other] ?? other);
  });
}
