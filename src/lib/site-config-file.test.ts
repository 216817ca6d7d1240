import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentError } from './errors.ts';
import { codeLines, siteConfigProblem } from './site-config-file.ts';

/** The site's own config, its imports made absolute so that a copy elsewhere runs as it does. */
const CONFIG = readFileSync('src/site.config.ts', 'utf8').replaceAll("'./lib/", `'${pathToFileURL(path.resolve('src/lib')).href}/`);

const dir = mkdtempSync(path.join(tmpdir(), 'baodao-site-config-'));
// As in the project: Node reads a .ts file as a module, and names it by its URL.
writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What Node (which runs the build and the check, not vitest's own loader) throws importing
 * `source` as a config file: its name, words and stack, as an Error again.
 */
function thrownBy(source: string, name: string): { error: Error; file: string } {
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, source);
  const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then(() => console.log('null'), (e) => console.log(JSON.stringify({ name: e.name, message: e.message, stack: e.stack })))`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const thrown = JSON.parse(run.stdout) as { name: string; message: string; stack: string } | null;
  expect(thrown, `${name} should not be read: ${run.stderr}`).not.toBeNull();
  const error = new Error(thrown!.message);
  Object.assign(error, { name: thrown!.name, stack: thrown!.stack });
  return { error, file };
}

/** The 1-based line of the config holding `text`. */
const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('siteConfigProblem', () => {
  test.each([
    ['a comma left out at the end of a line', "  lang: 'zh-CN',", "  lang: 'zh-CN'", '少了半角逗号“,”'],
    ['Chinese quotes', "  lang: 'zh-CN',", '  lang: ‘zh-CN’,', '全角的“‘”'],
    ['a full-width comma', "  lang: 'zh-CN',", "  lang: 'zh-CN'，", '全角的“，”'],
    ['text without quotes', "  name: '法治报道',", '  name: 法治报道,', "文字两边少了半角引号：请写成 '法治报道'"],
    ['Latin text without quotes', "  lang: 'zh-CN',", '  lang: zh,', "请写成 'zh'"],
    ['text with a full-width colon and no quotes', "licence: '广播电视节目制作经营许可证：（京）字第22754号',", 'licence: 广播电视节目制作经营许可证：（京）字第22754号,', "请写成 '广播电视节目制作经营许可证：（京）字第22754号'"],
    ['a quote never closed', "  name: '法治报道',", "  name: '法治报道,", '引号没有闭合'],
  ])('%s is told in Chinese on its own line', (_, from, to, message) => {
    expect(CONFIG).toContain(from);
    const source = CONFIG.replace(from, to);
    const { error, file } = thrownBy(source, 'edited');
    const problem = siteConfigProblem(error, file, 'src/site.config.ts', source);
    expect(problem).toBeDefined();
    expect(problem!.file).toBe(`src/site.config.ts:${lineOf(source, to)}`);
    expect(problem!.message).toContain(message);
    expect(problem!.message).not.toMatch(/Expected|Unexpected|is not defined/);
  });

  test('a mistake TypeScript cannot name plainly still gets its line, with its words', () => {
    const source = CONFIG.replace("'57027127'],", "'57027127',");
    const { error, file } = thrownBy(source, 'bracket');
    const problem = siteConfigProblem(error, file, 'src/site.config.ts', source);
    expect(problem!.file).toBe(`src/site.config.ts:${lineOf(source, "'57027127',") + 1}`);
    expect(problem!.message).toContain('请检查这一行和上面几行的逗号、引号和括号');
  });

  test('a name declared twice, which Node places in no line, names the file', () => {
    const source = `const a = 1;\nconst a = 2;\n${CONFIG}`;
    const { error, file } = thrownBy(source, 'twice');
    expect(siteConfigProblem(error, file, 'src/site.config.ts', source)).toMatchObject({ file: 'src/site.config.ts', message: expect.stringContaining('写法有错') });
  });

  test('an error in another file, or one naming the fields itself, is not the file’s mistake', () => {
    const { error } = thrownBy("export default {\n  name: 法治报道,\n};\n", 'other');
    expect(siteConfigProblem(error, path.join(dir, 'site.config.ts'), 'src/site.config.ts', CONFIG)).toBeUndefined();
    expect(siteConfigProblem(new ContentError([{ file: 'src/site.config.ts', field: 'url', message: '网站地址 url 应为完整网址' }]), 'x', 'x', '')).toBeUndefined();
  });
});

describe('codeLines', () => {
  test.each([
    ["  name: '法治报道',", '  name: ,', undefined],
    ["  name: '法治报道,", '  name: ', "'"],
    ['  url: "https://a.example", // 网址', '  url: , ', undefined],
    ["  lang: 'it\\'s',", '  lang: ,', undefined],
  ])('%s is read as code %s', (line, code, openQuote) => {
    expect(codeLines(line)).toEqual([{ code, openQuote }]);
  });

  test('an apostrophe in a comment over several lines opens no quote', () => {
    const lines = codeLines("/**\n * The outlet's identity.\n */\nexport default {};");
    expect(lines.map((line) => line.openQuote)).toEqual([undefined, undefined, undefined, undefined]);
    expect(lines[3]!.code).toBe('export default {};');
  });
});
