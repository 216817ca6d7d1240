/**
 * `npm run import:people -- <people.csv> [--files <photos folder>] [--encoding utf-8|gbk]
 * [--skip-invalid]`: a staff directory exported from a spreadsheet or an old site's table
 * (README “Importing people”) becomes person files, content/people/<id>.yaml, their photos
 * copied beside them.
 *
 * All or nothing, as `npm run import` is: every row is checked first, against the people
 * already there too (a file of that name, a name already taken), and a problem is named with
 * its row, name and column. Then the files are written, and the whole content check runs on
 * the result. If it finds a problem the import made, or writing fails, every file written is
 * removed again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import type { Problem } from '../src/lib/errors.ts';
import { cellText } from '../src/lib/export-file.ts';
import { parseYaml } from '../src/lib/frontmatter.ts';
import { ImportedFiles, shownPath as shown } from '../src/lib/import-files.ts';
import { columnNames, importPerson, PeopleFolder, PERSON_COLUMNS, readPeopleColumns, type ImportedPerson, type KnownPerson, type PersonField } from '../src/lib/import-person.ts';
import { columnProblems } from '../src/lib/import-row.ts';
import { picturePathProblem } from '../src/lib/picture-file.ts';
import { leaves } from '../src/lib/picture-path.ts';
import { folderNames } from '../src/lib/written-file.ts';
import { contentBeforeImport, fail, readExportFile, readImportArgs, reportRowProblems, writeChecked } from './import-cli.ts';

const USAGE = `用法：npm run import:people -- <人员名单.csv> [--files 照片所在文件夹] [--encoding utf-8|gbk] [--skip-invalid]
名单的列（第一行是列名，中文或英文均可）：
${(Object.keys(PERSON_COLUMNS) as PersonField[])
  .map((field) => `  ${columnNames(field)}${'required' in PERSON_COLUMNS[field] ? '（必填）' : ''}：${PERSON_COLUMNS[field].what}`)
  .join('\n')}`;

const { values, exportFile, encoding } = readImportArgs(USAGE, '人员名单', {});

const { columns: header, rows } = readExportFile(exportFile, encoding, '没有人员：第一行应是列名，之后每行一位');
const { columns, problems: wrongColumns } = readPeopleColumns(header);
if (wrongColumns.length) {
  // An article export given here by mistake is told where it goes, not that 姓名 is missing.
  if (columnProblems(header).length === 0) fail(`${exportFile} 是文章的导出文件：文章请用 npm run import 导入`);
  fail([...wrongColumns.map((problem) => `${exportFile}: ${problem}`), '', USAGE].join('\n'));
}

const peopleDir = path.join(contentDir(), 'people');
/** The people already there: their ids, and their names and credential numbers where their files can be read (a broken one is the content check's to name). */
function knownPeople(): KnownPerson[] {
  if (!existsSync(peopleDir)) return [];
  return readdirSync(peopleDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      let name: string | undefined;
      let number: string | undefined;
      try {
        const data = parseYaml(readFileSync(path.join(peopleDir, file), 'utf8')) as { name?: unknown; credential?: { number?: unknown } } | null;
        if (typeof data?.name === 'string') name = data.name.trim();
        const written = data?.credential?.number;
        if (typeof written === 'string' || typeof written === 'number') number = String(written).trim();
      } catch {
        // Unreadable: its id is still taken.
      }
      return { id: file.slice(0, -'.yaml'.length), name, number };
    });
}

/** A photo's path under --files: `/uploads/ma.jpg`, as an old site's table writes it, is in the folder too. */
const underFiles = (from: string) => from.replace(/^\/+/, '');

// Its byline names without a person are counted, to say which now link.
const current = await contentBeforeImport();
const { before } = current;
const folder = new PeopleFolder(shown(peopleDir), knownPeople());
const names = folderNames();
const problems: Problem[] = [];
const people: ImportedPerson[] = [];
// Numbered as a spreadsheet numbers its rows, as npm run import numbers them.
for (const { row: line, cells: row, problem } of rows) {
  const name = columns.name === undefined ? '' : cellText(row[columns.name]);
  const where = `${exportFile} 第 ${line} 行（${name ? `姓名 ${name}` : '没有姓名'}）`;
  if (problem) {
    problems.push({ file: where, field: '', message: problem });
    continue;
  }
  const result = importPerson(row, columns);
  if ('problems' in result) {
    problems.push(...result.problems.map((problem) => ({ file: where, ...problem })));
    continue;
  }
  const { person } = result;
  const found = folder.admit(person, line, columns).map((problem) => ({ file: where, ...problem }));
  // A photo is looked at only for a person who can come in: one whose file is taken has its photo's name taken too.
  if (person.photo && !found.length) {
    const field = columns.photo!;
    const photo = underFiles(person.photo.from);
    const copy = path.join(peopleDir, person.photo.file);
    if (!values.files) {
      found.push({ file: where, field, message: `照片 ${person.photo.from}：请用 --files 指向照片所在的文件夹（或旧网站的文件夹），照片才能复制过来` });
    } else if (leaves(values.files, path.resolve(values.files, photo))) {
      found.push({ file: where, field, message: `照片 ${person.photo.from} 在 --files 文件夹之外` });
    } else {
      // The content check's own rule for a picture: there, its name's case as written, a format and a file the build reads.
      const why = await picturePathProblem(values.files, { src: person.photo.from, written: photo, missing: '找不到照片' }, names);
      if (why) found.push({ file: where, field, message: why });
    }
    if (existsSync(copy)) found.push({ file: where, field, message: `照片要复制为 ${shown(copy)}，但这个文件已存在` });
  }
  if (found.length) problems.push(...found);
  else people.push(person);
}

const skipped = rows.length - people.length;
reportRowProblems(problems, { total: rows.length, kept: people.length, unit: '位', skipInvalid: values['skip-invalid'] === true });

const imported = new ImportedFiles();
const after = await writeChecked(
  imported,
  () => {
    imported.folder(peopleDir);
    for (const person of people) {
      if (person.photo) imported.copy(path.join(values.files!, underFiles(person.photo.from)), path.join(peopleDir, person.photo.file));
      imported.write(path.join(peopleDir, `${person.id}.yaml`), person.text);
    }
  },
  current,
);

// Names two people now share link to neither (no guessing which): the editor should know.
const shared = folder.sharedNames();
if (shared.size) {
  console.warn(
    `警告 (warning): 以下姓名现在不止一位，文章署名中的这些名字不链接到任何一位（无法判断是谁）：\n` +
      [...shared].map(([name, ids]) => `  ${name}：${ids.map((id) => `${id}.yaml`).join('、')}`).join('\n'),
  );
}
const linked = [...before.unmatched].filter(([name]) => !after.unmatched.has(name) && !shared.has(name));
const photos = people.filter((person) => person.photo).length;
console.log(
  `已导入 ${people.length} 位人员到 ${shown(peopleDir)}/，复制照片 ${photos} 张` +
    (skipped ? `；跳过有问题的 ${skipped} 位` : '') +
    '。' +
    (linked.length
      ? `\n文章署名中的 ${linked
          .slice(0, 10)
          .map(([name, files]) => `${name}（${files.length} 篇）`)
          .join('、')}${linked.length > 10 ? ` 等 ${linked.length} 个名字` : ''}现在链接到人员页面。`
      : '') +
    '\n请运行 npm run build 查看。',
);
