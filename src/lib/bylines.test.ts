import { expect, test } from 'vitest';
import { articlesByName, bylineKind, creditedNames, creditsOf, peopleArticles, structuredAuthors, unmatchedNames } from './bylines.ts';

const a = { id: 'a', data: { author: ['马远征', '张文玉'], correspondents: ['马远征'], editor: ['乔海印'] } };
const b = { id: 'b', data: { author: ['林晓雨'], editor: ['乔海印'] } };

test('creditedNames lists authors, correspondents and editors once', () => {
  expect(creditedNames(a)).toEqual(['马远征', '张文玉', '乔海印']);
});

test('creditsOf says how a name is credited, in byline order', () => {
  expect(creditsOf(a, '马远征')).toEqual(['作者', '通讯员']);
  expect(creditsOf(a, '乔海印')).toEqual(['责任编辑']);
  expect(creditsOf(b, '马远征')).toEqual([]);
});

test('articlesByName finds each known person as author, correspondent or editor', () => {
  const byName = articlesByName([a, b], new Set(['马远征', '乔海印', '无名']));
  expect(byName.get('马远征')?.map((x) => x.id)).toEqual(['a']);
  expect(byName.get('乔海印')?.map((x) => x.id)).toEqual(['a', 'b']);
  expect(byName.get('无名')).toEqual([]);
  expect(byName.has('林晓雨')).toBe(false);
});

test('peopleArticles gives each person the articles crediting their name, in order; a name two people share, none', () => {
  const people = [{ data: { name: '乔海印' } }, { data: { name: '马远征' } }, { data: { name: '马远征' } }, { data: { name: '无名' } }];
  expect(peopleArticles(people, [a, b]).map((list) => list.map(({ id }) => id))).toEqual([['a', 'b'], [], [], []]);
});

test('unmatchedNames lists names without a person, with their files', () => {
  const unmatched = unmatchedNames(
    [
      { file: 'a.md', article: a },
      { file: 'b.md', article: b },
    ],
    new Set(['马远征', '乔海印']),
  );
  expect([...unmatched]).toEqual([
    ['林晓雨', ['b.md']],
    ['张文玉', ['a.md']],
  ]);
});

test('unmatchedNames names a compound surname’s four-character name however it ends, and leaves out 本报实习生 and 公安部', () => {
  const d = { id: 'd', data: { author: ['欧阳中心', '本报实习生', '公安部', '本报摄影记者'], editor: ['司马建部'] } };
  expect([...unmatchedNames([{ file: 'd.md', article: d }], new Set(), '法治报道')]).toEqual([
    ['欧阳中心', ['d.md']],
    ['司马建部', ['d.md']],
  ]);
});

test('unmatchedNames leaves out bylines that name no person: a role, an organisation, the outlet', () => {
  const c = { id: 'c', data: { author: ['本报评论员', '法治报道编辑部', '钱晓薇'], correspondents: ['法治报道青川记者站'], editor: ['乔海印'] } };
  expect([...unmatchedNames([{ file: 'c.md', article: c }], new Set(['乔海印']), '法治报道')]).toEqual([['钱晓薇', ['c.md']]]);
});

test.each([
  // Roles: the outlet's own voice, another outlet's, a guest's unnamed, none known.
  ['本报评论员', 'role'],
  ['本报记者', 'role'],
  ['本报特约评论员', 'role'],
  ['特约评论员', 'role'],
  ['评论员', 'role'],
  ['本网记者', 'role'],
  ['新华社记者', 'role'],
  ['人民日报评论员', 'role'],
  ['佚名', 'role'],
  // The outlet's own name with a title is its voice, as 本报评论员 is.
  ['法治报道评论员', 'role'],
  ['法治报道记者', 'role'],
  ['法治报道特约评论员', 'role'],
  ['本报摄影记者', 'role'],
  ['本报实习生', 'role'],
  ['实习生', 'role'],
  ['本报实习记者', 'role'],
  ['摄影', 'role'],
  ['央视记者', 'role'],
  ['澎湃新闻记者', 'role'],
  // Organisations.
  ['法治报道编辑部', 'organization'],
  ['法治报道', 'organization'],
  ['法治报道青川记者站', 'organization'],
  ['本报评论部', 'organization'],
  ['青川记者站', 'organization'],
  ['本报联合调查组', 'organization'],
  ['东岭区人民法院', 'organization'],
  ['青川市人民检察院', 'organization'],
  ['青川市公安局', 'organization'],
  ['市委宣传部', 'organization'],
  ['新华社', 'organization'],
  ['法治日报', 'organization'],
  ['青川市社会组织促进中心', 'organization'],
  // Central bodies and outlets by their short names (KNOWN_BODIES), and endings after one character.
  ['公安部', 'organization'],
  ['司法部', 'organization'],
  ['国务院', 'organization'],
  ['统计局', 'organization'],
  ['中纪委', 'organization'],
  ['最高人民法院', 'organization'],
  ['最高人民检察院', 'organization'],
  ['新华网', 'organization'],
  ['澎湃新闻', 'organization'],
  ['区法院', 'organization'],
  ['市检察院', 'organization'],
  ['县委员会', 'organization'],
  ['东方日报', 'organization'],
  // People, however their names end.
  ['马远征', 'person'],
  ['阿依古丽·买买提', 'person'],
  ['欧阳修', 'person'],
  ['王建部', 'person'],
  ['李中心', 'person'],
  ['John Smith', 'person'],
  ['任仲平', 'person'],
  // Four characters, a compound surname's: not an office, however they end.
  ['欧阳中心', 'person'],
  ['司马建部', 'person'],
  ['诸葛文站', 'person'],
  ['上官学院', 'person'],
  ['王法院', 'person'],
] as const)('%s is a %s', (name, kind) => {
  expect(bylineKind(name, '法治报道')).toBe(kind);
});

test('structuredAuthors: a person as a Person (with the profile the byline links to), an organisation as an Organization, a role left out; none left, the source', () => {
  const profiles = new Map([['马远征', 'https://www.fazhibaodao.example/people/ma-yuanzheng/']]);
  const of = (author: string[], source = '法治报道') => structuredAuthors({ author, source }, (name) => profiles.get(name), '法治报道');
  expect(of(['马远征', '钱晓薇'])).toEqual([
    { '@type': 'Person', name: '马远征', url: 'https://www.fazhibaodao.example/people/ma-yuanzheng/' },
    { '@type': 'Person', name: '钱晓薇' },
  ]);
  expect(of(['法治报道编辑部'])).toEqual([{ '@type': 'Organization', name: '法治报道编辑部' }]);
  expect(of(['本报评论员'])).toEqual([{ '@type': 'Organization', name: '法治报道' }]);
  expect(of(['特约评论员'])).toEqual([{ '@type': 'Organization', name: '法治报道' }]);
  expect(of(['法治报道评论员'])).toEqual([{ '@type': 'Organization', name: '法治报道' }]);
  expect(of(['本报记者', '钱晓薇', '本报联合调查组'])).toEqual([
    { '@type': 'Person', name: '钱晓薇' },
    { '@type': 'Organization', name: '本报联合调查组' },
  ]);
  expect(of(['新华社记者'], '新华社')).toEqual([{ '@type': 'Organization', name: '新华社' }]);
  expect(of([], '人民日报')).toEqual([{ '@type': 'Organization', name: '人民日报' }]);
  // A person in 人员查询 is one, whatever the name says.
  profiles.set('李中心站', 'https://www.fazhibaodao.example/people/li-zhongxinzhan/');
  expect(of(['李中心站'])).toEqual([{ '@type': 'Person', name: '李中心站', url: 'https://www.fazhibaodao.example/people/li-zhongxinzhan/' }]);
  // So is one two people share, which has no profile to link.
  expect(structuredAuthors({ author: ['王记者站'], source: '法治报道' }, () => undefined, '法治报道', new Set(['王记者站']))).toEqual([{ '@type': 'Person', name: '王记者站' }]);
  expect(of(['王记者站'])).toEqual([{ '@type': 'Organization', name: '王记者站' }]);
});
