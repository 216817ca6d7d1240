import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../src/lib/check-content.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { traditionalCharacters } from '../src/lib/simplified.ts';
import { toSimplified } from '../src/lib/simplified-converter.ts';
import { temporaryFolders } from '../tests/support/temporary.ts';
import { SHARES, writeCorpus } from './bench-corpus.ts';

// Four corpora of 1,000 articles, ~100 MB a run, deleted after the file's tests.
const temporary = temporaryFolders();
const tmp = () => temporary('baodao-corpus-');
const ARTICLES = 1000;

describe('the benchmark corpus', () => {
  const dir = tmp();
  const publicDir = tmp();
  const stats = writeCorpus({ articles: ARTICLES, dir, pages: ['about'], publicDir, publicFrom: 'public' });
  const articleFiles = readdirSync(path.join(dir, 'articles'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ file, source: readFileSync(path.join(dir, 'articles', file), 'utf8') }));
  const share = (test: (source: string) => boolean) => articleFiles.filter(({ source }) => test(source)).length / ARTICLES;

  // The content check reads attachments from BAODAO_PUBLIC, as the bench's build does.
  const before = process.env['BAODAO_PUBLIC'];
  beforeAll(() => void (process.env['BAODAO_PUBLIC'] = publicDir));
  afterAll(() => void (before === undefined ? delete process.env['BAODAO_PUBLIC'] : (process.env['BAODAO_PUBLIC'] = before)));

  test('is valid under the site schema, with the pages the footer names, its pictures and attachments there', async () => {
    const result = await checkContent(dir, { timeZone: 'Asia/Shanghai', name: '法治报道', footer: { pages: ['about'] }, pageSize: 20 }, new Date('2030-01-01'));
    expect(result.problems).toEqual([]);
    expect(result.articles).toBe(ARTICLES);
    expect(result.published).toBe(ARTICLES - stats.with.withdrawn - stats.with.draft);
  });

  test('has Chinese bodies of 1,500–3,000 characters, over several years', () => {
    expect(stats.characters / ARTICLES).toBeGreaterThan(1500);
    expect(stats.characters / ARTICLES).toBeLessThan(3300);
    expect(stats.years.length).toBeGreaterThanOrEqual(5);
  });

  // Each share counted in the files themselves, within what 1,000 draws allow (±3 standard deviations).
  test.each([
    ['cover', (source: string) => /^cover:\n {2}image: \.\/bench-\d+-cover\.jpg$/m.test(source)],
    ['bodyPicture', (source: string) => /^!\[[^\]]+\]\(\.\/bench-\d+-xianchang\.jpg\)$/m.test(source)],
    ['table', (source: string) => /^\| --- \|/m.test(source)],
    ['htmlBody', (source: string) => /^<p>　　/m.test(source)],
    ['attachment', (source: string) => /\]\(\/files\/\d{4}\/\d{2}\/bench-\d+\.pdf\)/.test(source)],
    ['traditional', (source: string) => /有关人士在接受采访时说：“[^”]*[臺灣兩會門東]/.test(source)],
    ['correction', (source: string) => /^corrections:$/m.test(source)],
    ['aliases', (source: string) => /^aliases: \[\/html\//m.test(source)],
    ['withdrawn', (source: string) => /^withdrawn:$/m.test(source)],
    ['renamed', (source: string) => /^aliases: \[.*\/articles\/\d{4}\/\d{2}\/bench-\d+-draft\/\]$/m.test(source)],
  ] as const)('about SHARES.%s of its articles have it, as its count says', (what, has) => {
    const found = share(has);
    expect(found * ARTICLES).toBe(stats.with[what]);
    const margin = 3 * Math.sqrt((SHARES[what] * (1 - SHARES[what])) / ARTICLES) + 1 / ARTICLES;
    expect(Math.abs(found - SHARES[what])).toBeLessThanOrEqual(margin);
  });

  test('every picture and attachment a body or cover names is there, a real file (a JPEG, a PDF)', () => {
    const named = articleFiles.flatMap(({ file, source }) =>
      [...source.matchAll(/\.\/(bench-\d+-(?:cover|xianchang)\.jpg)/g)].map(([, name]) => path.join(dir, 'articles', path.dirname(file), name!)),
    );
    expect(named.length).toBeGreaterThan(ARTICLES * (SHARES.cover + SHARES.bodyPicture) * 0.8);
    for (const picture of named) expect(readFileSync(picture).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // Each its own bytes: the build makes one set of sizes for all copies of the same bytes.
    expect(new Set(named.map((picture) => createHash('sha1').update(readFileSync(picture)).digest('hex'))).size).toBe(named.length);
    const attachments = articleFiles.flatMap(({ source }) => [...source.matchAll(/\]\((\/files\/[^)]+)\)/g)].map(([, address]) => path.join(publicDir, address!)));
    for (const file of attachments) {
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      expect(statSync(file).size).toBeGreaterThan(50 * 1024);
    }
    expect(existsSync(path.join(publicDir, 'favicon.svg'))).toBe(true);
  });

  test('a picture, marked as its own, is still the whole JPEG it was made from, as sharp reads it', async () => {
    const [cover] = articleFiles.flatMap(({ file, source }) => [...source.matchAll(/\.\/(bench-\d+-cover\.jpg)/g)].map(([, name]) => path.join(dir, 'articles', path.dirname(file), name!)));
    const made = await sharp(cover!).metadata();
    const original = await sharp(fileURLToPath(new URL(`./bench-files/cover-1.jpg`, import.meta.url))).metadata();
    expect([made.format, made.width, made.height]).toEqual([original.format, original.width, original.height]);
    expect((await sharp(cover!).raw().toBuffer()).length).toBe(original.width! * original.height! * original.channels!);
  });

  test('holds no traditional character but those of its quotes from Taiwan, Hong Kong and Macao', () => {
    const quoted = articleFiles.filter(({ source }) => source.includes('有关人士在接受采访时说'));
    const others = articleFiles.filter((article) => !quoted.includes(article)).map(({ source }) => source);
    expect(traditionalCharacters(others, toSimplified)).toBe('');
    expect(traditionalCharacters(quoted.map(({ source }) => source), toSimplified)).not.toBe('');
  });

  test('draws no single character that is UTF-8 text read as GBK (涓 for 中, 锛 for ，), as its dictionary had', () => {
    const gbk = new TextDecoder('gbk');
    const misread = new Set<string>();
    for (let lead = 0xe0; lead <= 0xef; lead++) for (let next = 0x80; next <= 0xbf; next++) misread.add(gbk.decode(Uint8Array.from([lead, next])));
    const characters = readFileSync(new URL('./bench-vocabulary.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]!)
      .filter((word) => [...word].length === 1);
    expect(characters.length).toBeGreaterThan(1400);
    expect(characters.filter((character) => misread.has(character))).toEqual([]);
  });

  test('is the same every time', () => {
    const again = tmp();
    writeCorpus({ articles: ARTICLES, dir: again, publicDir: tmp() });
    const first = readFileSync(path.join(dir, 'sections.yaml'), 'utf8');
    expect(readFileSync(path.join(again, 'sections.yaml'), 'utf8')).toBe(first);
    const sample = (d: string) => readFileSync(path.join(d, 'articles/2020/01/bench-000000.md'), 'utf8');
    expect(sample(again)).toBe(sample(dir));
    expect(readFrontmatter(sample(dir)).data['section']).toBeTypeOf('string');
  });
});
