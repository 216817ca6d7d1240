/** Every built page passes html-validate's recommended rules. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { SITE, filesUnder } from './support/site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Column alignment of Markdown tables is written as style="text-align: …", an embedded player's shape as style="aspect-ratio: 640 / 360" (sizedEmbeds).
    'no-inline-style': ['error', { allowedProperties: ['text-align', 'aspect-ratio'] }],
    // Phone links keep their hyphens as typed (a copied number must dial) and never break at
    // them: the class keeps the number whole, to the next line, unless wider than a line.
    'tel-non-breaking': ['error', { ignoreClasses: ['phone'] }],
  },
});

test('every page is valid HTML', async () => {
  const pages = filesUnder(SITE).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(60);
  const problems: string[] = [];
  for (const file of pages) {
    // html-validate accepts content after </html>; an HTML parser reports it as an error.
    if (!/<\/html>\s*$/.test(readFileSync(path.join(SITE, file), 'utf8'))) problems.push(`${file}: content after </html>`);
    const report = await validator.validateFile(path.join(SITE, file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}: ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
