/**
 * The text of a `<script type="application/ld+json">`: the JSON with every `<` escaped, so no
 * value (a title quoting `</script>`) can end the script early or open a comment.
 */
export const jsonLdText = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
