import { withoutEmpty } from './without-empty.ts';

/**
 * The text of a `<script type="application/ld+json">`: the JSON with every `<` escaped, so no
 * value (a title quoting `</script>`) can end the script early or open a comment; and with no
 * empty value (without-empty.ts), whichever page's block it is.
 */
export const jsonLdText = (value: unknown): string => JSON.stringify(withoutEmpty(value)).replace(/</g, '\\u003c');
