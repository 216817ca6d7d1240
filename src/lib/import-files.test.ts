import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { addedProblems, ImportedFiles, shownPath, WriteError } from './import-files.ts';

let dir: string;
// Not yet set when the first test to run made no folder (shuffled, or run alone with -t).
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'baodao-import-files-')));
const tree = () => readdirSync(dir, { recursive: true }).map(String).sort();

test('undo removes the files written and the folders made, and leaves what was there', () => {
  fresh();
  writeFileSync(path.join(dir, 'kept.yaml'), 'old');
  const files = new ImportedFiles();
  files.folder(path.join(dir, '2010/01'));
  files.write(path.join(dir, '2010/01/1.md'), 'new');
  files.copy(path.join(dir, 'kept.yaml'), path.join(dir, '2010/01/1.jpg'));
  expect(files.count).toBe(2);
  expect(readFileSync(path.join(dir, '2010/01/1.md'), 'utf8')).toBe('new');
  files.undo();
  expect(tree()).toEqual(['kept.yaml']);
  expect(files.count).toBe(0);
});

test('a file already there is never replaced, and the error names it', () => {
  fresh();
  const file = path.join(dir, 'ma-yuanzheng.yaml');
  writeFileSync(file, 'old');
  const files = new ImportedFiles();
  expect(() => files.write(file, 'new')).toThrow(WriteError);
  expect(() => files.copy(file, file)).toThrow(expect.objectContaining({ file }));
  files.undo();
  expect(readFileSync(file, 'utf8')).toBe('old');
});

test('a folder something else was put in meanwhile stays when the import is taken back', () => {
  fresh();
  const files = new ImportedFiles();
  files.folder(path.join(dir, 'people'));
  files.write(path.join(dir, 'people/a.yaml'), 'a');
  writeFileSync(path.join(dir, 'people/other.yaml'), 'b');
  files.undo();
  expect(tree()).toEqual(['people', 'people/other.yaml']);
});

test('a copy from a file that is not there fails without leaving a file', () => {
  fresh();
  mkdirSync(path.join(dir, 'people'));
  const files = new ImportedFiles();
  expect(() => files.copy(path.join(dir, 'missing.jpg'), path.join(dir, 'people/a.jpg'))).toThrow(WriteError);
  expect(existsSync(path.join(dir, 'people/a.jpg'))).toBe(false);
  expect(files.count).toBe(0);
});

test('the problems an import added are those the content did not have before', () => {
  const old = { file: 'content/articles/2024/01/x.md', field: 'section', message: '栏目“sports”不存在' };
  const added = { file: 'content/people/ma.yaml', field: 'photo', message: '找不到图片文件 ./ma.jpg' };
  expect(addedProblems([old], [{ ...old }, added])).toEqual([added]);
});

test('a path is shown from the working folder when it is under it', () => {
  expect(shownPath(path.join(process.cwd(), 'content/people'))).toBe(path.join('content', 'people'));
  expect(shownPath('/elsewhere/people.csv')).toBe('/elsewhere/people.csv');
});

test('a name too long for the disk fails as a WriteError, and what was written before it can be taken back', () => {
  fresh();
  const files = new ImportedFiles();
  files.write(path.join(dir, 'a.yaml'), 'a');
  expect(() => files.write(path.join(dir, `${'a'.repeat(300)}.yaml`), 'b')).toThrow(WriteError);
  files.undo();
  expect(tree()).toEqual([]);
});
