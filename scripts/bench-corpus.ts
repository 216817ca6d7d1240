/**
 * A deterministic synthetic corpus for `npm run bench`: N articles of Chinese text of news
 * length (1,500–3,000 characters), front matter valid under src/lib/schema.ts, spread over
 * several years, sections, authors and tags. The same N always gives the same files.
 *
 * Body text draws words by their frequency in real Chinese (bench-vocabulary.tsv, 5,000
 * words and characters) mixed with legal-news terms, so characters and words are as common
 * as in real text: a search benchmark over a small vocabulary would make every query match
 * most articles.
 *
 * The articles carry what a newsroom's archive carries, in about its proportions (SHARES), as
 * the build does work for each: a cover (made into listing and column sizes and a share JPEG),
 * a picture in the body (its sizes; the share picture of an article without a cover), a table,
 * a body pasted as HTML paragraphs from an old CMS (read with parse5), an attachment (its size
 * read for its note), a quote in traditional characters (the search index lists them), a
 * correction, old addresses (aliases, each a page), links to earlier articles, a few articles
 * renamed after they came out (linked at their former address), and a few withdrawn articles
 * and drafts. Pictures are the few real JPEGs of bench-files/, each article's a copy of its
 * own, marked with its name (uniqueJpeg), so the build makes every one anew, as it makes each
 * newsroom photo: the same bytes under two names are one file to Astro.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Words and their counts, and the running totals to draw from them by frequency. */
function vocabulary(): { words: string[]; totals: number[] } {
  const words: string[] = [];
  const totals: number[] = [];
  let total = 0;
  for (const line of readFileSync(new URL('./bench-vocabulary.tsv', import.meta.url), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, count] = line.split('\t');
    total += Number(count);
    words.push(word!);
    totals.push(total);
  }
  return { words, totals };
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = [
  ['today', '今日资讯'],
  ['law', '法治要闻'],
  ['local', '地方动态'],
  ['cases', '以案说法'],
  ['opinion', '法治评论'],
  ['video', '视频'],
] as const;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '晓明华建国丽娟文军平静敏玉兰海波志强永红春梅秀英立新宇航思远雨欣子涵浩然佳怡俊杰雪婷';
const PLACES = ['青川市', '临河县', '东岭区', '江渡市', '望川区', '南屏县', '北湖区', '云溪镇', '石门县', '柳塘街道'];
const ORGS = ['人民法院', '人民检察院', '公安局', '司法局', '民政局', '市场监管局', '生态环境局', '人社局', '税务局', '信访局'];
const TOPICS = [
  '社会组织', '民法典', '未成年人保护', '营商环境', '扫黑除恶', '电信网络诈骗', '食品安全', '知识产权', '劳动争议',
  '物业纠纷', '交通安全', '环境保护', '行政执法', '法律援助', '人民调解', '基层治理', '数字政务', '社区矫正',
  '反家暴', '消费维权', '养老服务', '乡村振兴', '安全生产', '网络安全', '个人信息保护', '司法公开', '公益诉讼',
];
const PHRASES = [
  '坚持以人民为中心的发展思想', '依法维护群众合法权益', '推进严格规范公正文明执法', '健全矛盾纠纷多元化解机制',
  '提升基层社会治理水平', '加强普法宣传教育', '优化法治化营商环境', '完善公共法律服务体系', '强化源头治理',
  '推动案件繁简分流', '落实司法责任制', '深化诉源治理', '开展专项整治行动', '建立长效工作机制', '形成工作合力',
  '畅通群众诉求表达渠道', '加大执法监督力度', '创新工作方式方法', '推进智慧法院建设', '发挥典型案例示范作用',
];
const VERBS = ['召开', '部署', '推进', '开展', '发布', '审结', '受理', '调解', '查处', '通报', '组织', '启动', '走访', '督办'];
const NOUNS = [
  '工作会议', '专项行动', '典型案例', '调解协议', '执法检查', '培训活动', '便民服务', '座谈会', '联席会议',
  '巡回审判', '普法讲座', '线索核查', '宣传活动', '回访工作', '监督检查', '协调会议',
];
const CLOSERS = ['取得良好社会效果。', '受到群众普遍欢迎。', '相关工作正在有序推进。', '有关部门表示将持续跟进。', '为下一步工作打下基础。'];
/** Quotes from Taiwan, Hong Kong and Macao, in traditional characters as they were said. */
const TRADITIONAL_QUOTES = [
  '臺灣地區法律扶助基金會表示，將持續協助經濟弱勢民眾取得訴訟資源',
  '香港律師會發言人指出，兩地司法協助安排運作順暢，為跨境糾紛當事人節省大量時間與費用',
  '澳門特別行政區終審法院公佈的數據顯示，去年共審結民事及勞動案件逾千宗',
  '臺北地方法院審理後認為，被告行為已構成詐欺罪，判處有期徒刑一年六個月',
  '兩岸共同打擊犯罪及司法互助協議簽署以來，雙方相互協助送達司法文書數萬件',
];

/**
 * The share of articles with each thing a real archive has (the bench's corpus had none of them
 * before: covers, pictures and attachments cost the build per article).
 */
export const SHARES = {
  /** 题图 */
  cover: 0.6,
  /** a picture in the body (apart from the cover) */
  bodyPicture: 0.3,
  /** a table in the body */
  table: 0.05,
  /** a body pasted from an old CMS or Word as HTML paragraphs (<p>　　…</p>) */
  htmlBody: 0.1,
  /** a link to an attachment under public/files/ */
  attachment: 0.02,
  /** a quote in traditional characters */
  traditional: 0.005,
  /** 更正 */
  correction: 0.01,
  /** old addresses from the CMS it was imported from: a static page, or a query (/plus/view.php?aid=…) too */
  aliases: 0.4,
  /** a link to an earlier article */
  link: 0.05,
  /** renamed after it was published: its former address kept in aliases, and linked there by later articles, as written before */
  renamed: 0.005,
  /** 撤稿 */
  withdrawn: 0.002,
  /** 草稿 */
  draft: 0.002,
} as const;

/** The real files pictures and attachments are made from: JPEGs of the demo site (1200×675 covers, 1200×800 photos), a one-page PDF. */
const FILES = new URL('./bench-files/', import.meta.url);
/** The path of one of FILES. */
const fileURLToPathOf = (name: string) => fileURLToPath(new URL(name, FILES));
const COVERS = ['cover-1.jpg', 'cover-2.jpg', 'cover-3.jpg'];
const BODY_PICTURES = ['body-1.jpg', 'body-2.jpg'];

/**
 * The JPEG `from` written at `to` with a comment (a COM segment, as cameras and editors write
 * one) naming it: Vite names a picture by its bytes, and Astro made one set of sizes for all the
 * copies of a file, where a newsroom's photos are each made.
 */
export function uniqueJpeg(from: string, to: string): void {
  const jpeg = readFileSync(from);
  const text = Buffer.from(path.basename(to));
  const comment = Buffer.alloc(4);
  comment.writeUInt16BE(0xfffe, 0);
  comment.writeUInt16BE(text.length + 2, 2);
  writeFileSync(to, Buffer.concat([jpeg.subarray(0, 2), comment, text, jpeg.subarray(2)]));
}

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Folder to write the content folder into (emptied first). */
  dir: string;
  /** Standalone pages to write (content/pages/<name>.md): the ones the site's footer names, which the build requires. */
  pages?: readonly string[];
  /**
   * Folder to write the files served as they are into (emptied first), BAODAO_PUBLIC of its
   * build: a copy of `publicFrom` (the site's icon) and the attachments under files/.
   */
  publicDir: string;
  /** The project's public/ folder, copied into `publicDir`. */
  publicFrom?: string;
}

export interface CorpusStats {
  articles: number;
  characters: number;
  years: number[];
  /** How many articles have each of SHARES. */
  with: Record<keyof typeof SHARES, number>;
}

/** Writes a complete content folder (sections.yaml, people/, pages/, articles/) into `dir`. */
export function writeCorpus({ articles, dir, pages = [], publicDir, publicFrom }: CorpusOptions): CorpusStats {
  const next = random(20240123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const name = () => `${pick([...SURNAMES])}${pick([...GIVEN])}${next() < 0.6 ? pick([...GIVEN]) : ''}`;
  const authors = Array.from({ length: 50 }, name);
  const editors = Array.from({ length: 10 }, name);
  const tags = [...TOPICS, ...PLACES.map((p) => p.replace(/[市县区镇]$|街道$/, '')), ...ORGS];

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'people'), { recursive: true });
  rmSync(publicDir, { recursive: true, force: true });
  if (publicFrom) cpSync(publicFrom, publicDir, { recursive: true });
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(
    path.join(dir, 'sections.yaml'),
    SECTIONS.map(([id, label], i) => `- id: ${id}\n  name: ${label}\n  order: ${i + 1}\n`).join(''),
  );
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  for (const page of pages) writeFileSync(path.join(dir, 'pages', `${page}.md`), `---\ntitle: 页面${page}\n---\n\n页面正文。\n`);
  authors.slice(0, 20).forEach((author, i) => {
    writeFileSync(
      path.join(dir, 'people', `bench-person-${i}.yaml`),
      `name: ${author}\nroles: [记者]\ncredential:\n  kind: 记者证号\n  number: "9901${String(i).padStart(11, '0')}"\nstatus: 在职\n`,
    );
  });

  const { words, totals } = vocabulary();
  const word = () => {
    const target = next() * totals.at(-1)!;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (totals[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
  /** A clause: common words; now and then a legal-news term, a place, a name or a number. */
  const clause = () => {
    let text = '';
    for (let i = int(4, 9); i > 0; i--) {
      const roll = next();
      text +=
        roll < 0.002
          ? pick(TOPICS)
          : roll < 0.006
            ? `${pick(PLACES)}${pick(ORGS)}`
            : roll < 0.009
              ? name()
              : roll < 0.02
                ? `${int(2, 9999)}${pick(['件', '家', '人', '万元', '起', '个'])}`
                : roll < 0.022
                  ? pick(PHRASES)
                  : word();
    }
    return text;
  };
  const sentence = () =>
    `${Array.from({ length: int(1, 3) }, clause).join(pick([',', ',', '、', ';']))}${next() < 0.15 ? `,${pick(CLOSERS)}` : '。'}`;
  const paragraph = () => Array.from({ length: int(3, 7) }, sentence).join('');

  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2026, 9, 31) - start;
  const years = new Set<number>();
  const counts = Object.fromEntries(Object.keys(SHARES).map((key) => [key, 0])) as Record<keyof typeof SHARES, number>;
  /** Whether this article has `what`, drawn by its share; counted. */
  const has = (what: keyof typeof SHARES) => next() < SHARES[what] && ++counts[what] > 0;
  const stampOf = (when: Date) =>
    `${when.getUTCFullYear()}-${String(when.getUTCMonth() + 1).padStart(2, '0')}-${String(when.getUTCDate()).padStart(2, '0')} ${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}:00`;
  /** Articles published so far (not withdrawn, not drafts), whose addresses later bodies may link. */
  const linkable: string[] = [];
  let characters = 0;
  for (let i = 0; i < articles; i++) {
    const when = new Date(start + Math.floor((span * (i + next())) / articles));
    const year = when.getUTCFullYear();
    const month = String(when.getUTCMonth() + 1).padStart(2, '0');
    years.add(year);
    const stamp = stampOf(when);
    const slug = `bench-${String(i).padStart(6, '0')}`;
    const folder = path.join(dir, 'articles', String(year), month);
    mkdirSync(folder, { recursive: true });
    const [section] = pick(SECTIONS);
    const topic = pick(TOPICS);
    const title = `${pick(PLACES)}${pick(ORGS)}${pick(VERBS)}${topic}${pick(NOUNS)}${next() < 0.3 ? ` ${pick(PHRASES)}` : ''}`;
    const paragraphs: string[] = [];
    for (let length = 0, target = int(1500, 3000); length < target; ) {
      const text = paragraph();
      paragraphs.push(text);
      length += text.length + 2;
    }
    if (has('traditional')) paragraphs.splice(1, 0, `${pick(PLACES)}有关人士在接受采访时说：“${pick(TRADITIONAL_QUOTES)}。”`);
    characters += paragraphs.reduce((sum, text) => sum + text.length + 2, 0);
    // A body pasted from an old CMS or Word: each paragraph one <p> with its indent typed in.
    const blocks = has('htmlBody') ? [paragraphs.map((text) => `<p>　　${text}</p>`).join('\n')] : paragraphs;
    if (has('bodyPicture')) {
      const image = `${slug}-xianchang.jpg`;
      uniqueJpeg(fileURLToPathOf(BODY_PICTURES[i % BODY_PICTURES.length]!), path.join(folder, image));
      blocks.splice(Math.min(1, blocks.length), 0, `![${pick(PLACES)}${pick(ORGS)}${pick(NOUNS)}现场](./${image})`);
    }
    if (has('table')) {
      const rows = Array.from({ length: int(3, 6) }, () => `| ${pick(NOUNS)} | ${int(10, 999)}件 | ${int(10, 999)}件 | ${int(-30, 60)}% |`);
      blocks.push(`${year - 1}年与${year}年同期${topic}案件情况：`, ['| 项目 | 去年同期 | 今年 | 同比 |', '| --- | ---: | ---: | ---: |', ...rows].join('\n'));
    }
    if (has('attachment')) {
      const address = `/files/${year}/${month}/${slug}.pdf`;
      mkdirSync(path.join(publicDir, 'files', String(year), month), { recursive: true });
      // The PDF's bytes, then a comment as long as a judgment's scan (50–900 KB), which no reader of PDFs reads.
      writeFileSync(path.join(publicDir, address), Buffer.concat([readFileSync(new URL('attachment.pdf', FILES)), Buffer.alloc(int(50, 900) * 1024, '%')]));
      blocks.push(`附件：[${topic}${pick(NOUNS)}通报全文](${address})`);
    }
    if (linkable.length > 0 && has('link')) {
      blocks.splice(Math.min(2, blocks.length), 0, `相关报道：[${pick(TOPICS)}${pick(NOUNS)}](${pick(linkable)})`);
    }
    const body = blocks.join('\n\n');
    const byline = Array.from({ length: int(1, 3) }, () => pick(authors));
    const articleTags = [...new Set([topic, ...Array.from({ length: int(1, 3) }, () => pick(tags))])];
    let cover: string[] = [];
    if (has('cover')) {
      const image = `${slug}-cover.jpg`;
      uniqueJpeg(fileURLToPathOf(COVERS[i % COVERS.length]!), path.join(folder, image));
      cover = ['cover:', `  image: ./${image}`, `  alt: ${title}`, `  caption: ${pick(PLACES)}${pick(ORGS)}${pick(NOUNS)}现场`, `  credit: ${pick(authors)}`];
    }
    const aliases = has('aliases')
      ? [`/html/${year}/${month}${String(when.getUTCDate()).padStart(2, '0')}/${i + 1}.html`, ...(next() < 0.25 ? [`/plus/view.php?aid=${i + 1}`] : [])]
      : [];
    const renamed = has('renamed');
    if (renamed) aliases.push(`/articles/${year}/${month}/${slug}-draft/`);
    const later = (days: number) => stampOf(new Date(when.getTime() + days * 86_400_000));
    const withdrawn = has('withdrawn');
    const draft = !withdrawn && has('draft');
    const front = [
      `title: ${title}`,
      `date: ${stamp}`,
      `section: ${section}`,
      `source: 法治报道`,
      `author: [${[...new Set(byline)].join(', ')}]`,
      `editor: ${pick(editors)}`,
      ...(next() < 0.8 ? [`summary: ${sentence()}`] : []),
      `tags: [${articleTags.join(', ')}]`,
      ...cover,
      ...(i % 97 === 0 ? ['flags: [featured]'] : []),
      ...(i % 211 === 0 ? ['flags: [headline]'] : []),
      ...(aliases.length > 0 ? [`aliases: [${aliases.join(', ')}]`] : []),
      ...(has('correction') ? ['corrections:', `  - date: ${later(1)}`, `    text: 本文第二段中的数字有误，已更正。`] : []),
      ...(withdrawn ? ['withdrawn:', `  date: ${later(3)}`, '  reason: 当事人申请删除'] : []),
      ...(draft ? ['draft: true'] : []),
    ].filter((line, index, all) => !(line.startsWith('flags') && all.slice(0, index).some((l) => l.startsWith('flags'))));
    writeFileSync(path.join(folder, `${slug}.md`), `---\n${front.join('\n')}\n---\n\n${body}\n`);
    if (!withdrawn && !draft) linkable.push(`/articles/${year}/${month}/${slug}${renamed ? '-draft' : ''}/`);
  }
  return { articles, characters, years: [...years].sort(), with: counts };
}
