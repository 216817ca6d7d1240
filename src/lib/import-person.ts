/**
 * One row of a staff directory's export (`npm run import:people`) as a person file,
 * content/people/<id>.yaml: columns named in Chinese or in English, as an editor's spreadsheet
 * names them; the file checked by personSchema, the build's own rules; its id the pinyin of
 * the name, as the people files already there are named. Pure: the script reads the export,
 * checks and copies the photos, writes the files and runs the whole content check on them.
 */
import yaml from 'js-yaml';
import { OutputFormat, segment } from 'pinyin-pro';
import { fieldName } from './errors.ts';
import { cellList, cellText } from './export-file.ts';
import { parseYaml } from './frontmatter.ts';
import { PICTURE_FILE, PICTURE_FORMAT_NAMES } from './images.ts';
import type { RowProblem } from './import-row.ts';
import { lookupKey, sharedNumberMessage } from './lookup-key.ts';
import { ROLES, SLUG, localImagePath, personSchema } from './schema.ts';
import { EXCEL_NUMBER, excelNumberLost } from './written-number.ts';
import { MIDDLE_DOTS } from './middle-dots.ts';

/** A column of the export: the names a spreadsheet may give it (Chinese, English), and what it holds. */
interface PersonColumn {
  names: readonly string[];
  what: string;
  required?: true;
}

/** The export's columns (README, “Importing people”), in the order the usage lists them. */
export const PERSON_COLUMNS = {
  name: { names: ['姓名', 'name'], required: true, what: '姓名，写法与文章署名相同（署名是这个名字的文章链接到这一位的页面）' },
  roles: { names: ['角色', 'roles'], required: true, what: `${ROLES.join('、')}，多个用顿号、逗号或空格分隔` },
  title: { names: ['职务', 'title'], what: '职务' },
  affiliation: { names: ['单位', 'affiliation'], what: '单位' },
  bio: { names: ['简介', 'bio'], what: '简介' },
  kind: { names: ['证件类型', 'credential_kind'], what: '记者证号 或 工作证号（与“证件号”列一起用）' },
  number: { names: ['证件号', '证件号码', 'credential_number'], what: '证件号' },
  pressCard: { names: ['记者证号', 'press_card'], what: '记者证号（代替“证件类型”“证件号”两列）' },
  staffCard: { names: ['工作证号', 'staff_card'], what: '工作证号（同上）' },
  status: { names: ['状态', 'status'], required: true, what: '在职 或 离职' },
  photo: { names: ['照片', 'photo'], what: '照片文件，相对于 --files 文件夹（如 photos/ma.jpg 或 /uploads/ma.jpg），复制到人员文件旁' },
  id: { names: ['id', '文件名'], what: '文件名，也是网址 /people/<文件名>/；不填时用姓名的拼音（ma-yuanzheng），同名的另一位须填' },
} as const satisfies Record<string, PersonColumn>;
export type PersonField = keyof typeof PERSON_COLUMNS;
const FIELDS = Object.keys(PERSON_COLUMNS) as PersonField[];

/** The column (its name as the export writes it) that holds each field. */
export type PeopleColumns = Partial<Record<PersonField, string>>;

/** A column's name as compared: `Name`, ` name ` and `NAME` are one; so are `credential number` and `credential_number`. */
const comparable = (column: string) => column.trim().toLowerCase().replace(/[\s-]+/g, '_');
const FIELD_BY_NAME = new Map(FIELDS.flatMap((field) => PERSON_COLUMNS[field].names.map((name) => [comparable(name), field] as const)));

/** A column as the usage names it: `“姓名”（或 name）`. */
export const columnNames = (field: PersonField) => {
  const [first, ...others] = PERSON_COLUMNS[field].names;
  return `“${first}”${others.length ? `（或 ${others.join('、')}）` : ''}`;
};

/** Which field each column of the export holds, and what is wrong with its first row. */
export function readPeopleColumns(columns: readonly string[]): { columns: PeopleColumns; problems: string[] } {
  const found: PeopleColumns = {};
  const problems: string[] = [];
  for (const column of columns) {
    const field = FIELD_BY_NAME.get(comparable(column));
    if (!field) problems.push(`未知列“${column}”（拼写错误？人员查询没有这一项：不需要的列请删去）`);
    else if (found[field] !== undefined) problems.push(`列“${found[field]}”和“${column}”是同一项：只留一列`);
    else found[field] = column;
  }
  for (const field of FIELDS) {
    if ('required' in PERSON_COLUMNS[field] && found[field] === undefined) problems.push(`缺少列${columnNames(field)}：${PERSON_COLUMNS[field].what}`);
  }
  if (found.kind !== undefined && found.number === undefined) problems.push(`有“${found.kind}”列，却没有${columnNames('number')}列`);
  if (found.number !== undefined && found.kind === undefined) {
    problems.push(`有“${found.number}”列，却没有${columnNames('kind')}列（记者证号 或 工作证号）；只有一种证件时，也可以把“${found.number}”列改名为“记者证号”或“工作证号”`);
  }
  return { columns: found, problems };
}

/** Between the parts of a transcribed name (阿依古丽·买买提) or a Latin one (John Smith, J. Smith). */
const NAME_PARTS = new RegExp(`[${MIDDLE_DOTS}．.\\s]+`, 'u');
const LATIN_PART = /^[\p{Script=Latin}'’-]+$/u;
const SLUG_RE = new RegExp(`^${SLUG}$`);

/** A part in letters: pinyin syllables of Han characters, or a Latin word as it is. */
function letters(part: string): string[] {
  if (LATIN_PART.test(part)) return [part];
  // The surname first, read as a surname (单 Shan, 曾 Zeng), a compound one as one (欧阳, 司马).
  return segment(part, { format: OutputFormat.PinyinSegment, surname: 'head', toneType: 'none' });
}

/**
 * A person's id made from the name, as the people files are named: the surname's pinyin, a
 * hyphen, the given name's (马远征 ma-yuanzheng, 欧阳修 ouyang-xiu); a name in parts, part by part
 * (阿依古丽·买买提 ayiguli-maimaiti, John Smith john-smith). ü is written yu, the form
 * GB/T 28039 gives where ü cannot be written, as passports do (吕 lyu). Undefined when a
 * character has no reading: the export must give the id.
 */
export function personId(name: string): string | undefined {
  const parts = name.trim().split(NAME_PARTS).filter(Boolean);
  const words =
    parts.length === 1 && !LATIN_PART.test(parts[0]!)
      ? ((syllables) => [syllables[0]!, syllables.slice(1).join('')])(letters(parts[0]!))
      : parts.map((part) => letters(part).join(''));
  const id = words
    .filter(Boolean)
    .join('-')
    .replace(/ü/g, 'yu')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase();
  return SLUG_RE.test(id) ? id : undefined;
}

/** A person the import makes: the file `<id>.yaml` and the photo to copy beside it. */
export interface ImportedPerson {
  id: string;
  /** Whether the export wrote the id (id column), rather than it being made from the name. */
  idGiven: boolean;
  name: string;
  /** The YAML file. */
  text: string;
  /** Its photo: `from` as the export names it (a path under --files), `file` its name beside the person's file. */
  photo?: { from: string; file: string };
  /** Its credential number as written, and the export's column that holds it. */
  credential?: { number: string; column: string };
}

/** What each credential column is called in the schema's words. */
const KINDS = new Map([
  ['记者证号', '记者证号'],
  ['记者证', '记者证号'],
  ['工作证号', '工作证号'],
  ['工作证', '工作证号'],
]);

/** A photo as the export names it: a path under --files, an address on the old site as its path. */
function photoPath(cell: string): string {
  if (!/^https?:\/\//i.test(cell)) return cell.replace(/\\/g, '/');
  const { pathname } = new URL(cell);
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The people files' order of fields (content/people/*.yaml); roles as one line, `[记者, 编辑]`. */
function personYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => yaml.dump({ [key]: value }, { flowLevel: key === 'roles' ? 1 : -1, lineWidth: -1, quotingType: '"' }))
    .join('');
}

/** The value at a schema issue's path, when it is text: what the editor wrote. */
function valueAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  const value = path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** One row as a person file, or what is wrong with it, each problem named by its column as the export writes it. */
export function importPerson(row: Readonly<Record<string, string>>, columns: PeopleColumns): { person: ImportedPerson } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const value = (field: PersonField) => (columns[field] === undefined ? '' : cellText(row[columns[field]]));
  const column = (field: PersonField) => columns[field] ?? PERSON_COLUMNS[field].names[0];

  const name = value('name');
  const written = value('id').toLowerCase();
  const id = written || personId(name) || '';
  if (written && !SLUG_RE.test(written)) {
    problems.push({ field: column('id'), message: `文件名“${value('id')}”只能用小写字母、数字和 -，如 ma-yuanzheng` });
  } else if (!id && name) {
    problems.push({
      field: columns.id ?? column('name'),
      message: `姓名“${name}”中有读不出拼音的字，文件名无法生成：${columns.id ? `在“${columns.id}”列` : '加一列“id”（或“文件名”），'}给这一位写上文件名，如 wang-zhe`,
    });
  }

  // The credential: a kind and a number, or a number in a column named after its kind.
  const credentials = [
    ...(value('pressCard') ? [{ kind: '记者证号', number: value('pressCard'), kindField: 'pressCard', numberField: 'pressCard' } as const] : []),
    ...(value('staffCard') ? [{ kind: '工作证号', number: value('staffCard'), kindField: 'staffCard', numberField: 'staffCard' } as const] : []),
    ...(value('kind') || value('number') ? [{ kind: KINDS.get(value('kind')) ?? value('kind'), number: value('number'), kindField: 'kind', numberField: 'number' } as const] : []),
  ];
  if (credentials.length > 1) {
    problems.push({ field: column(credentials[1]!.numberField), message: `每位只列一个证件：${credentials.map(({ numberField }) => `“${column(numberField)}”`).join('和')}只填一个` });
  }
  const credential = credentials[0];
  if (credential && EXCEL_NUMBER.test(credential.number)) {
    problems.push({
      field: column(credential.numberField),
      message: `${excelNumberLost(credential.number)}：在 Excel 里把这一列设为“文本”格式，重新填上号码再导出`,
    });
  }

  let photo: ImportedPerson['photo'];
  if (value('photo')) {
    const from = photoPath(value('photo'));
    const type = PICTURE_FILE.exec(from)?.[0].toLowerCase();
    if (!type) problems.push({ field: column('photo'), message: `照片 ${value('photo')} 的格式网站不能处理：请先转换为 ${PICTURE_FORMAT_NAMES}` });
    else photo = { from, file: `${id || 'x'}${type === '.jpeg' ? '.jpg' : type}` };
  }

  const text = personYaml({
    name: name || undefined,
    roles: cellList(value('roles')),
    title: value('title') || undefined,
    affiliation: value('affiliation') || undefined,
    bio: value('bio') || undefined,
    photo: photo && `./${photo.file}`,
    credential: credential && { kind: credential.kind || undefined, number: credential.number || undefined },
    status: value('status') || undefined,
  });
  // The file as the build will read it, checked by the build's schema.
  const data = parseYaml(text);
  const checked = personSchema({ image: localImagePath }).safeParse(data);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [key, sub] = issue.path;
      const field: PersonField =
        key === 'credential' ? (sub === 'kind' ? credential!.kindField : credential!.numberField) : (key as PersonField);
      const wrote = valueAt(data, issue.path);
      const item = typeof issue.path[1] === 'number' ? `${fieldName(issue.path.slice(1))}“${wrote}”：` : '';
      const message = issue.code === 'invalid_value' && wrote !== undefined && !item ? `${issue.message}，而不是“${wrote}”` : `${item}${issue.message}`;
      if (!problems.some((problem) => problem.field === column(field) && problem.message === message)) problems.push({ field: column(field), message });
    }
  }
  // In the export's order of columns, as the editor reads the row.
  const order = Object.keys(row);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (problems.length) return { problems };
  const number = credential?.number && { number: credential.number, column: column(credential.numberField) };
  return { person: { id, idGiven: written !== '', name, text, ...(photo && { photo }), ...(number && { credential: number }) } };
}

/** A person already in content/people: its id, and its name and credential number when its file can be read. */
export interface KnownPerson {
  id: string;
  name: string | undefined;
  number?: string | undefined;
}

/**
 * The people folder as the import fills it, row by row: what keeps a person out (a file of its
 * name already there, or a name already taken when no id was written to tell the two apart),
 * and the names more than one person has once it is done. Nothing is ever overwritten, and two
 * people of one name are imported only when the export says which is which.
 */
export class PeopleFolder {
  readonly #folder: string;
  readonly #ids = new Map<string, { name: string | undefined; row?: number }>();
  readonly #names = new Map<string, { id: string; row?: number }[]>();
  /** Credential numbers as 人员查询 compares them (lookupKey). */
  readonly #numbers = new Map<string, { id: string; row?: number }>();

  /** `folder` as the editor is shown it (content/people); `existing` the people in it. */
  constructor(folder: string, existing: readonly KnownPerson[]) {
    this.#folder = folder;
    for (const { id, name, number } of existing) this.#take(id, name, number);
  }

  #take(id: string, name: string | undefined, number: string | undefined, row?: number): void {
    this.#ids.set(id, { name, ...(row !== undefined && { row }) });
    if (number) this.#numbers.set(lookupKey(number), { id, ...(row !== undefined && { row }) });
    if (name !== undefined) this.#names.set(name, [...(this.#names.get(name) ?? []), { id, ...(row !== undefined && { row }) }]);
  }

  /** `id-2`, or the first of `id-3` … that nothing has taken. */
  #free(id: string): string {
    let n = 2;
    while (this.#ids.has(`${id}-${n}`)) n++;
    return `${id}-${n}`;
  }

  /**
   * Why `person`, of the export's row `row`, cannot be written, each problem under the id
   * column (or the name's, when there is none), or under its credential number's, which another
   * person has; when nothing, the person is counted in.
   */
  admit(person: ImportedPerson, row: number, columns: PeopleColumns): RowProblem[] {
    const field = columns.id ?? columns.name ?? '姓名';
    const file = (id: string) => `${this.#folder}/${id}.yaml`;
    const giveId = (suggested: string, another = true) =>
      `${columns.id ? `在“${columns.id}”列` : '加一列“id”（或“文件名”），'}给这一位写上${another ? '另一个' : ''}文件名，如 ${suggested}`;
    const problems: RowProblem[] = [];
    const holder = this.#ids.get(person.id);
    const namesake = this.#names.get(person.name)?.[0];
    if (holder?.row !== undefined) {
      problems.push({
        field,
        message: holder.name === person.name
          ? `与第 ${holder.row} 行同名：同一位请删去一行；同名的两位，${giveId(this.#free(person.id))}`
          : `与第 ${holder.row} 行（${holder.name}）的文件名都是 ${person.id}.yaml：${person.idGiven ? '请换一个' : giveId(this.#free(person.id))}`,
      });
    } else if (holder) {
      const sameName = holder.name === person.name;
      problems.push({
        field,
        message: `${file(person.id)} 已存在${sameName ? '' : `（${holder.name ?? '姓名读不出'}）`}，不会覆盖：` +
          (sameName ? `同一位不必再导入，删去这一行；同名的另一位，${giveId(this.#free(person.id))}` : person.idGiven ? '请换一个文件名' : giveId(this.#free(person.id))),
      });
    } else if (namesake && !person.idGiven) {
      problems.push({
        field,
        message: namesake.row !== undefined
          ? `与第 ${namesake.row} 行同名：同一位请删去一行；同名的两位，${giveId(person.id, false)}`
          : `已有同名的 ${file(namesake.id)}：同一位不必再导入，删去这一行；同名的另一位，${giveId(person.id, false)}`,
      });
    }
    // Readers verify a reporter by the number: one already there, or on an earlier row, is another person's.
    const numbered = person.credential && this.#numbers.get(lookupKey(person.credential.number));
    if (person.credential && numbered) {
      problems.push({
        field: person.credential.column,
        message: sharedNumberMessage(person.credential.number, numbered.row !== undefined ? { row: numbered.row } : file(numbered.id)),
      });
    }
    if (!problems.length) this.#take(person.id, person.name, person.credential?.number, row);
    return problems;
  }

  /** Names that more than one person has, one of them imported, with their ids: bylines with them link to no one. */
  sharedNames(): Map<string, string[]> {
    return new Map(
      [...this.#names]
        .filter(([, people]) => people.length > 1 && people.some(({ row }) => row !== undefined))
        .map(([name, people]) => [name, people.map(({ id }) => id)]),
    );
  }
}
