import { describe, expect, test } from 'vitest';
import { groupByMonth } from './archive.ts';
import { peopleArticles } from './bylines.ts';
import { listings } from './listings.ts';
import { groupBySection } from './site-index.ts';
import { groupByTag } from './tags.ts';

/** `count` articles of one section, tag, person and month. */
const articles = (count: number, tag = '民政') =>
  Array.from({ length: count }, (_, index) => ({
    id: `2024/01/a${index}`,
    data: { section: 'today', tags: [tag], date: new Date('2024-01-15T12:00:00+08:00'), author: ['马远征'], editor: ['乔海印'] },
  }));

function of(list: ReturnType<typeof articles>, pageSize = 20, tagsPerPage = 200) {
  const people = [{ id: 'ma-yuanzheng', data: { name: '马远征' } }];
  const credits = peopleArticles(people, list);
  return listings(
    {
      sections: [...groupBySection(list, [{ id: 'today' }, { id: 'law' }])].map(([id, articles]) => ({ id, name: id, articles })),
      people: people.map(({ id, data }, index) => ({ id, name: data.name, articles: credits[index]! })),
      topics: [{ id: 'minzheng', title: '民政专题', parts: [{ title: '上', articles: list.slice(0, 1) }, { title: '下', articles: list }] }],
      tags: groupByTag(list),
      archive: groupByMonth(list, 'Asia/Shanghai'),
    },
    pageSize,
    tagsPerPage,
  );
}

describe('listings', () => {
  test.each([
    [0, 1],
    [20, 1],
    [21, 2],
    [41, 3],
  ])('%i articles make %i page(s) of a section, a person, a tag and a month, at the page size given; an empty section one', (count, pages) => {
    const found = new Map(of(articles(count)).map((listing) => [`${listing.kind} ${listing.id}`, listing.pages]));
    expect(found.get('sections today')).toBe(pages);
    expect(found.get('sections law')).toBe(1);
    expect(found.get('people ma-yuanzheng')).toBe(pages);
    if (count > 0) {
      expect(found.get('tags 民政')).toBe(pages);
      expect(found.get('archive 2024/01')).toBe(pages);
    }
  });

  test('a topic counts the articles of all its parts, as its pages show them (topicPages)', () => {
    const topic = of(articles(20)).find(({ kind }) => kind === 'topics')!;
    expect(topic).toMatchObject({ id: 'minzheng', name: '民政专题', pages: 2 });
    expect(topic.url(2)).toBe('/topics/minzheng/2/');
  });

  test('the tag index counts tags at tagsPerPage, its pages at /tags/page/<n>/; every listing is named and addressed as its pages are', () => {
    const list = [...articles(3, '甲'), ...articles(2, '乙'), ...articles(1, '丙')];
    const all = of(list, 20, 2);
    expect(all.find(({ kind }) => kind === 'tag-index')).toMatchObject({ id: '', name: '标签', pages: 2 });
    expect(all.find(({ kind }) => kind === 'tag-index')!.url(2)).toBe('/tags/page/2/');
    const tag = all.find(({ kind, id }) => kind === 'tags' && id === '甲')!;
    expect([tag.name, tag.url(1), tag.url(2)]).toEqual(['标签：甲', '/tags/%E7%94%B2/', '/tags/%E7%94%B2/2/']);
    const month = all.find(({ kind }) => kind === 'archive')!;
    expect([month.id, month.name, month.url(2)]).toEqual(['2024/01', '2024年1月', '/archive/2024/01/2/']);
  });
});
