import { expect, test } from 'vitest';
import { staticImports } from './module-imports.ts';

test.each([
  ['Vite’s imports, minified', 'import{a as e,c as t}from"./marks.9IwFljNH.js";import{c as s}from"./urls.Dm2uxOYj.js";var d=1;', ['./marks.9IwFljNH.js', './urls.Dm2uxOYj.js']],
  ['an import for its effect alone', 'import"./a.js";import * as b from "./b.js";\nimport c from \'./c.js\'', ['./a.js', './b.js', './c.js']],
  ['a re-export', 'export{t as e}from"./middle-dots.kYCyENJN.js";', ['./middle-dots.kYCyENJN.js']],
  ['a module imported twice, once', 'import{a}from"./x.js";import{b}from"./x.js";', ['./x.js']],
  ['a dynamic import, which loads only when asked', 'let m=await import(`${e}${i}`);import("./lazy.js");', []],
  ['words that only look like one', 'var s="import a from";let important=1;const t=`export{x}`;', []],
  ['a module with none', 'function e(e){return e}e(document);', []],
])('%s', (_, source, imports) => {
  expect(staticImports(source)).toEqual(imports);
});
