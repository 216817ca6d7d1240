import { describe, expect, test } from 'vitest';
import { parseYaml } from './frontmatter.ts';
import { importPerson, PeopleFolder, personId, readPeopleColumns, type ImportedPerson, type PeopleColumns } from './import-person.ts';
import { localImagePath, personSchema } from './schema.ts';

const HEADER = ['姓名', '角色', '职务', '单位', '简介', '证件类型', '证件号', '状态', '照片'];
const COLUMNS = readPeopleColumns(HEADER).columns;
const ROW = { 姓名: '林晓雨', 角色: '记者', 职务: '首席记者', 单位: '法治报道', 简介: '长期跑政法口。', 证件类型: '记者证号', 证件号: '990120210001731', 状态: '在职', 照片: '' };

const person = (row: Record<string, string>, columns: PeopleColumns = COLUMNS): ImportedPerson => {
  const result = importPerson(row, columns);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.person;
};
const problems = (row: Record<string, string>, columns: PeopleColumns = COLUMNS) => {
  const result = importPerson(row, columns);
  return 'problems' in result ? result.problems : [];
};

describe('personId', () => {
  test.each([
    ['马远征', 'ma-yuanzheng'],
    ['白露', 'bai-lu'],
    ['单雄信', 'shan-xiongxin'],
    ['曾国藩', 'zeng-guofan'],
    ['欧阳修', 'ouyang-xiu'],
    ['司马光', 'sima-guang'],
    ['吕布', 'lyu-bu'],
    ['阿依古丽·买买提', 'ayiguli-maimaiti'],
    ['阿依古丽‧买买提', 'ayiguli-maimaiti'],
    ['John Smith', 'john-smith'],
    ['José Martí', 'jose-marti'],
    [' 张文玉 ', 'zhang-wenyu'],
  ])('%s → %s', (name, id) => {
    expect(personId(name)).toBe(id);
  });

  test('every person of the demo is named as its file is', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('content/people').filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { name } = parseYaml(readFileSync(`content/people/${file}`, 'utf8')) as { name: string };
      expect(personId(name), name).toBe(file.replace(/\.yaml$/, ''));
    }
  });

  test('a name with a character that has no reading has no id', () => {
    expect(personId('王𠮷')).toBeUndefined();
    expect(personId('')).toBeUndefined();
  });
});

describe('readPeopleColumns', () => {
  test('Chinese and English names, in any case and spacing, are one set of columns', () => {
    expect(readPeopleColumns(['Name', 'ROLES', 'credential kind', 'credential-number', ' status ', 'Photo', '文件名'])).toEqual({
      columns: { name: 'Name', roles: 'ROLES', kind: 'credential kind', number: 'credential-number', status: ' status ', photo: 'Photo', id: '文件名' },
      problems: [],
    });
  });

  test('an unknown column, one written twice and a missing one are named', () => {
    expect(readPeopleColumns(['姓名', 'name', '性别', '角色']).problems).toEqual([
      '列“姓名”和“name”是同一项：只留一列',
      '未知列“性别”（拼写错误？人员查询没有这一项：不需要的列请删去）',
      '缺少列“状态”（或 status）：在职 或 离职',
    ]);
  });

  test('a number needs its kind, unless its column says it', () => {
    expect(readPeopleColumns(['姓名', '角色', '状态', '证件号']).problems).toEqual([expect.stringMatching(/^有“证件号”列，却没有“证件类型”（或 credential_kind）列.*改名为“记者证号”或“工作证号”$/)]);
    expect(readPeopleColumns(['姓名', '角色', '状态', '证件类型']).problems).toEqual([expect.stringMatching(/^有“证件类型”列，却没有“证件号”/)]);
    expect(readPeopleColumns(['姓名', '角色', '状态', '记者证号', '工作证号']).problems).toEqual([]);
  });
});

describe('importPerson', () => {
  test('a row becomes a file the build reads, fields in the people files’ order', () => {
    const { id, idGiven, text } = person({ ...ROW, 角色: '记者、编辑', 照片: 'photos/Lin.JPEG' });
    expect(id).toBe('lin-xiaoyu');
    expect(idGiven).toBe(false);
    expect(text).toBe(
      [
        'name: 林晓雨',
        'roles: [记者, 编辑]',
        'title: 首席记者',
        'affiliation: 法治报道',
        'bio: 长期跑政法口。',
        'photo: ./lin-xiaoyu.jpg',
        'credential:',
        '  kind: 记者证号',
        '  number: "990120210001731"',
        'status: 在职',
        '',
      ].join('\n'),
    );
    expect(personSchema({ image: localImagePath }).parse(parseYaml(text))).toMatchObject({ credential: { number: '990120210001731' } });
  });

  test('the photo is copied under the person’s id; an address on the old site is its path', () => {
    expect(person({ ...ROW, 照片: 'photos\\Lin.JPEG' }).photo).toEqual({ from: 'photos/Lin.JPEG', file: 'lin-xiaoyu.jpg' });
    expect(person({ ...ROW, 照片: 'http://www.fzbd.cn/uploads/%E6%9E%97.png' }).photo).toEqual({ from: '/uploads/林.png', file: 'lin-xiaoyu.png' });
    expect(person(ROW).photo).toBeUndefined();
  });

  test('empty cells, and a database NULL, leave their fields out', () => {
    const { text } = person({ ...ROW, 职务: '', 单位: 'NULL', 简介: ' ', 证件类型: '', 证件号: '' });
    expect(text).toBe('name: 林晓雨\nroles: [记者]\nstatus: 在职\n');
  });

  test('a number in a column named after its kind; 记者证 and 工作证 are read as the kinds', () => {
    const columns = readPeopleColumns(['name', 'roles', 'status', '记者证号', '工作证号']).columns;
    expect(person({ name: '白露', roles: '通讯员', status: '离职', 记者证号: '', 工作证号: 'FZ-0012' }, columns).text).toContain('credential:\n  kind: 工作证号\n  number: FZ-0012\n');
    expect(person({ ...ROW, 证件类型: '工作证' }).text).toContain('kind: 工作证号');
  });

  test('roles separated as a spreadsheet separates them', () => {
    expect(person({ ...ROW, 角色: '记者，编辑 摄影;通讯员' }).text).toContain('roles: [记者, 编辑, 摄影, 通讯员]');
  });

  test('an id the export gives is the file name', () => {
    const columns = readPeopleColumns([...HEADER, 'id']).columns;
    expect(person({ ...ROW, id: 'Lin-Xiaoyu-2' }, columns)).toMatchObject({ id: 'lin-xiaoyu-2', idGiven: true });
    expect(problems({ ...ROW, id: 'lin xiaoyu' }, columns)).toEqual([{ field: 'id', message: '文件名“lin xiaoyu”只能用小写字母、数字和 -，如 ma-yuanzheng' }]);
  });

  test('every problem is named by its column as the export writes it, with what was written', () => {
    expect(problems({ ...ROW, 姓名: '', 角色: '记者 摄影记者', 证件类型: '护照', 证件号: '', 状态: '在岗', 照片: 'x.bmp' })).toEqual([
      { field: '姓名', message: '缺少姓名 name' },
      { field: '角色', message: '第 2 项“摄影记者”：角色应为 记者、编辑、责任编辑、通讯员、摄影 之一' },
      { field: '证件类型', message: '证件类型应为 记者证号 或 工作证号，而不是“护照”' },
      { field: '证件号', message: '缺少证件号 credential.number' },
      { field: '状态', message: '状态 status 应为 在职 或 离职，而不是“在岗”' },
      { field: '照片', message: '照片 x.bmp 的格式网站不能处理：请先转换为 JPEG、PNG、WebP、GIF、AVIF 或 SVG' },
    ]);
    const english = readPeopleColumns(['name', 'roles', 'status']).columns;
    expect(problems({ name: '林晓雨', roles: '', status: '在职' }, english)).toEqual([{ field: 'roles', message: '角色 roles 至少一个' }]);
  });

  test('a credential number Excel turned into 9.90121E+14 is refused: its digits are gone', () => {
    expect(problems({ ...ROW, 证件号: '9.90121E+14' })).toEqual([{ field: '证件号', message: expect.stringMatching(/^“9\.90121E\+14”是 Excel 的科学计数法.*设为“文本”格式/) }]);
  });

  test('two credentials for one person are refused', () => {
    const columns = readPeopleColumns([...HEADER, '工作证号']).columns;
    expect(problems({ ...ROW, 工作证号: 'FZ-1' }, columns)).toEqual([{ field: '证件号', message: '每位只列一个证件：“工作证号”和“证件号”只填一个' }]);
  });

  test('a name without a reading asks for an id', () => {
    expect(problems({ ...ROW, 姓名: '王𠮷' })).toEqual([{ field: '姓名', message: expect.stringMatching(/读不出拼音.*加一列“id”（或“文件名”），给这一位写上文件名/) }]);
  });
});

describe('PeopleFolder', () => {
  const existing = [
    { id: 'ma-yuanzheng', name: '马远征' },
    { id: 'zhang-wenyu', name: '张文玉' },
    { id: 'zhang-wenyu-2', name: '章文宇' },
  ];
  const folder = () => new PeopleFolder('content/people', existing);
  const withId = readPeopleColumns([...HEADER, 'id']).columns;
  const imported = (name: string, id = personId(name)!, idGiven = false) => ({ id, idGiven, name, text: '' });

  test('the same person again is never overwritten', () => {
    expect(folder().admit(imported('马远征'), 2, COLUMNS)).toEqual([
      { field: '姓名', message: 'content/people/ma-yuanzheng.yaml 已存在，不会覆盖：同一位不必再导入，删去这一行；同名的另一位，加一列“id”（或“文件名”），给这一位写上另一个文件名，如 ma-yuanzheng-2' },
    ]);
  });

  test('another name with the same pinyin is asked for an id that is free', () => {
    expect(folder().admit(imported('章文玉'), 2, withId)).toEqual([
      { field: 'id', message: 'content/people/zhang-wenyu.yaml 已存在（张文玉），不会覆盖：在“id”列给这一位写上另一个文件名，如 zhang-wenyu-3' },
    ]);
  });

  test('a name already there under another file name needs an id to say it is someone else', () => {
    const people = new PeopleFolder('content/people', [{ id: 'ma-yz', name: '马远征' }]);
    expect(people.admit(imported('马远征'), 2, withId)).toEqual([{ field: 'id', message: expect.stringMatching(/^已有同名的 content\/people\/ma-yz\.yaml：.*在“id”列给这一位写上文件名，如 ma-yuanzheng$/) }]);
    expect(people.admit(imported('马远征', 'ma-yuanzheng', true), 2, withId)).toEqual([]);
    expect(people.sharedNames()).toEqual(new Map([['马远征', ['ma-yz', 'ma-yuanzheng']]]));
  });

  test('two rows of one name: the second is named, or both come in when the export tells them apart', () => {
    const people = folder();
    expect(people.admit(imported('林晓雨'), 2, COLUMNS)).toEqual([]);
    expect(people.admit(imported('林晓雨'), 5, COLUMNS)).toEqual([{ field: '姓名', message: expect.stringMatching(/^与第 2 行同名：同一位请删去一行；同名的两位，加一列“id”.*如 lin-xiaoyu-2$/) }]);
    expect(people.admit(imported('林晓雨', 'lin-xiaoyu-2', true), 6, withId)).toEqual([]);
    expect(people.sharedNames()).toEqual(new Map([['林晓雨', ['lin-xiaoyu', 'lin-xiaoyu-2']]]));
  });

  test('a credential number another person has, in the folder or on an earlier row, is refused at its column, as the lookup compares numbers', () => {
    const people = new PeopleFolder('content/people', [{ id: 'xu-zhiheng', name: '徐志衡', number: 'FZBD-2021-017' }]);
    const numbered = (name: string, number: string) => person({ ...ROW, 姓名: name, 证件类型: '工作证号', 证件号: number });
    expect(numbered('郑浩', 'ＦＺＢＤ－２０２１－０１７').credential).toEqual({ number: 'ＦＺＢＤ－２０２１－０１７', column: '证件号' });
    expect(people.admit(numbered('郑浩', 'fzbd 2021 017'), 2, COLUMNS)).toEqual([
      { field: '证件号', message: '证件号 fzbd 2021 017 与 content/people/xu-zhiheng.yaml 的相同：读者在人员查询里凭证件号核实身份，一个号码只能属于一位，请核对' },
    ]);
    expect(people.admit(numbered('郑浩', 'FZBD-2021-018'), 3, COLUMNS)).toEqual([]);
    expect(people.admit(numbered('白露', 'FZBD-2021-018'), 4, COLUMNS)).toEqual([
      { field: '证件号', message: '证件号 FZBD-2021-018 与第 3 行的相同：读者在人员查询里凭证件号核实身份，一个号码只能属于一位，请核对' },
    ]);
  });

  test('two rows of one file name', () => {
    const people = folder();
    expect(people.admit(imported('李明', 'li-ming', true), 2, withId)).toEqual([]);
    expect(people.admit(imported('黎明', 'li-ming', true), 3, withId)).toEqual([{ field: 'id', message: '与第 2 行（李明）的文件名都是 li-ming.yaml：请换一个' }]);
    expect(people.sharedNames()).toEqual(new Map());
  });
});
