/** Article bodies as the renderer makes them from the Markdown sources. */
import { expect, inject, test } from 'vitest';
import { page, squash } from './support/html.ts';
import { readSources } from './support/sources.ts';

const sources = readSources(new Date(inject('buildNow'))).filter((s) => s.published);

test('a picture with a title in a .md article is a figure captioned with that title, not a tooltip', () => {
  const captioned = sources.flatMap((source) =>
    [...source.body.matchAll(/^!\[[^\]]*\]\((\S+) "([^"]+)"\)$/gm)].map(([, src, title]) => ({ source, src: src!, title: title! })),
  );
  expect(captioned.length).toBeGreaterThan(0);
  for (const { source, src, title } of captioned) {
    const body = page(`/articles/${source.id}/`).querySelector('.article__body')!;
    const name = src.replace(/^\.\//, '').replace(/\.\w+$/, '');
    const figure = body.querySelectorAll('figure.body-figure').find((f) => f.querySelector(`img[src*="${name}"]`));
    expect(figure, `${source.file}: ${src}`).toBeDefined();
    expect(squash(figure!.querySelector('figcaption')!.textContent)).toBe(squash(title));
    expect(figure!.querySelector('img')!.getAttribute('srcset'), 'the picture is still made in the column’s widths').toMatch(/\d+w/);
    expect(body.querySelector('[title]')).toBeNull();
  }
});
