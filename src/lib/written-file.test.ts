import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fileAsWritten, folderNames } from './written-file.ts';
import { temporaryFolders } from '../../tests/support/temporary.ts';

/** content/articles/2024/01 with a picture, a folder of photos, and a picture in the month before. */
const root = temporaryFolders()('baodao-written-');
const folder = path.join(root, '2024/01');
mkdirSync(path.join(folder, 'photos'), { recursive: true });
mkdirSync(path.join(root, '2023/12'), { recursive: true });
writeFileSync(path.join(folder, 'cover.jpg'), '');
writeFileSync(path.join(folder, 'photos/Scene.png'), '');
writeFileSync(path.join(root, '2023/12/poster.jpg'), '');

test.each(['./cover.jpg', './photos/Scene.png', '../../2023/12/poster.jpg', 'cover.jpg'])('%s, written as its file is named, is found', async (written) => {
  expect(await fileAsWritten(folder, written, folderNames())).toEqual({ found: true });
});

test.each([
  ['./Cover.JPG', './cover.jpg'],
  ['./PHOTOS/scene.png', './photos/Scene.png'],
  ['../../2023/12/Poster.jpg', '../../2023/12/poster.jpg'],
])('%s, in another case than its file, is not found, and told as %s', async (written, real) => {
  expect(await fileAsWritten(folder, written, folderNames())).toEqual({ found: false, real });
});

test.each(['./no-such.jpg', './no-such/cover.jpg', './cover.jpg/x.jpg'])('%s is not there', async (written) => {
  expect(await fileAsWritten(folder, written, folderNames())).toEqual({ found: false });
});

test('the answer comes from the folder’s names alone, as on a Mac’s or a PC’s disk, where the file opens under either name', async () => {
  const disk = async (at: string) => (at === path.resolve('/articles') ? ['cover.jpg'] : undefined);
  expect(await fileAsWritten('/articles', './Cover.JPG', disk)).toEqual({ found: false, real: './cover.jpg' });
  expect(await fileAsWritten('/articles', './cover.jpg', disk)).toEqual({ found: true });
});

test('each folder is read once, however many of its files are looked up', async () => {
  const reads: string[] = [];
  const names = folderNames((at) => {
    reads.push(at);
    return readdir(at);
  });
  for (const written of ['./cover.jpg', './Cover.JPG', './photos/Scene.png', './photos/scene.png', './no-such.jpg']) {
    await fileAsWritten(folder, written, names);
  }
  expect(reads).toEqual([folder, path.join(folder, 'photos')]);
});
