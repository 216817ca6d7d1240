/**
 * A deterministic synthetic corpus for `npm run bench`: N articles of Chinese text of news
 * length (1,500–3,000 characters), front matter valid under src/lib/schema.ts, spread over
 * several years, sections, authors and tags. The same N always gives the same files.
 *
 * Body text draws words by their frequency in real Chinese (bench-vocabulary.tsv, 5,000
 * words and characters) mixed with legal-news terms, so characters and words are as common
 * as in real text: a search benchmark over a small vocabulary would make every query match
 * most articles.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Folder to write the content folder into (emptied first). */
  dir: string;
  /** Standalone pages to write (content/pages/<name>.md): the ones the site's footer names, which the build requires. */
  pages?: readonly string[];
}

export interface CorpusStats {
  articles: number;
  characters: number;
  years: number[];
}

/** Writes a complete content folder (sections.yaml, people/, pages/, articles/) into `dir`. */
export function writeCorpus({ articles, dir, pages = [] }: CorpusOptions): CorpusStats {
  const next = random(20240123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const name = () => `${pick([...SURNAMES])}${pick([...GIVEN])}${next() < 0.6 ? pick([...GIVEN]) : ''}`;
  const authors = Array.from({ length: 50 }, name);
  const editors = Array.from({ length: 10 }, name);
  const tags = [...TOPICS, ...PLACES.map((p) => p.replace(/[市县区镇]$|街道$/, '')), ...ORGS];

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'people'), { recursive: true });
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
  let characters = 0;
  for (let i = 0; i < articles; i++) {
    const when = new Date(start + Math.floor((span * (i + next())) / articles));
    const year = when.getUTCFullYear();
    const month = String(when.getUTCMonth() + 1).padStart(2, '0');
    years.add(year);
    const stamp = `${year}-${month}-${String(when.getUTCDate()).padStart(2, '0')} ${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}:00`;
    const [section] = pick(SECTIONS);
    const topic = pick(TOPICS);
    const title = `${pick(PLACES)}${pick(ORGS)}${pick(VERBS)}${topic}${pick(NOUNS)}${next() < 0.3 ? ` ${pick(PHRASES)}` : ''}`;
    let body = '';
    while (body.length < int(1500, 3000)) body += `${paragraph()}\n\n`;
    characters += body.length;
    const byline = Array.from({ length: int(1, 3) }, () => pick(authors));
    const articleTags = [...new Set([topic, ...Array.from({ length: int(1, 3) }, () => pick(tags))])];
    const front = [
      `title: ${title}`,
      `date: ${stamp}`,
      `section: ${section}`,
      `source: 法治报道`,
      `author: [${[...new Set(byline)].join(', ')}]`,
      `editor: ${pick(editors)}`,
      ...(next() < 0.8 ? [`summary: ${sentence()}`] : []),
      `tags: [${articleTags.join(', ')}]`,
      ...(i % 97 === 0 ? ['flags: [featured]'] : []),
      ...(i % 211 === 0 ? ['flags: [headline]'] : []),
    ].filter((line, index, all) => !(line.startsWith('flags') && all.slice(0, index).some((l) => l.startsWith('flags'))));
    const folder = path.join(dir, 'articles', String(year), month);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `bench-${String(i).padStart(6, '0')}.md`), `---\n${front.join('\n')}\n---\n\n${body}`);
  }
  return { articles, characters, years: [...years].sort() };
}
