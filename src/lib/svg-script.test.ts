import { expect, test } from 'vitest';
import { svgRunsCode } from './svg-script.ts';

const svg = (inside: string, before = '') => `${before}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">${inside}</svg>`;

test.each([
  ['a <script>', svg('<script>alert(1)</script>')],
  ['a prefixed <svg:script>', svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>')],
  ['an XHTML <script> in a <foreignObject>', svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></body></foreignObject>')],
  ['an <iframe srcdoc> in a <foreignObject>', svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"/></foreignObject>')],
  ['an on… handler', svg('<rect width="1" height="1" onclick="alert(1)"/>')],
  ['an upper-case handler', svg('<rect width="1" height="1" ONLOAD="alert(1)"/>')],
  ['an animation that sets a handler', svg('<rect width="1" height="1"><set attributeName="onmouseover" to="alert(1)"/></rect>')],
  ['a javascript: link', svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>')],
  ['a javascript: xlink:href hidden by an entity', svg('<a xlink:href="java&#115;cript:alert(1)"><rect width="1" height="1"/></a>')],
  ['a javascript: with a tab in it', svg('<a href="java&#9;script:alert(1)"><rect width="1" height="1"/></a>')],
  ['an animation to a javascript: link', svg('<a><set attributeName="href" to="javascript:alert(1)"/><rect width="1" height="1"/></a>')],
  ['javascript: among an animation’s values', svg('<a><animate attributeName="href" values="https://x.cn/;javascript:alert(1)"/><rect width="1" height="1"/></a>')],
  ['a document written in a data: link', svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><rect width="1" height="1"/></a>')],
  ['a script in an entity', svg('&s;', '<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]>')],
  ['a script in an entity, by character references', svg('&s;', '<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]>')],
  ['a javascript: link in an entity', svg('<a href="&j;"><rect width="1" height="1"/></a>', '<!DOCTYPE svg [<!ENTITY j "javascript:alert(1)">]>')],
])('an SVG with %s runs code', (_, text) => {
  expect(svgRunsCode(text)).toBe(true);
});

test.each([
  ['a label that reads javascript: 教程', svg('<text x="5" y="50">javascript: 教程</text>')],
  ['an attribute whose value holds " one=1"', svg('<text x="1" y="9" data-note=" one=1">x</text>')],
  ['words that start with on', svg('<text>onion = 1; online</text>')],
  ['a script written as text', svg('<text>&lt;script&gt;alert(1)&lt;/script&gt;</text><desc><![CDATA[<script>]]></desc>')],
  ['a link to a web page', svg('<a href="https://x.cn/" target="_blank"><rect width="10" height="10"/></a>')],
  ['a data: picture', svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>')],
  ['an Illustrator file’s entities, styles and comment', svg('<style type="text/css">.st0{fill:#C00;}</style><g style="enable-background:new 0 0 100 100;"><rect class="st0" width="1" height="1"/></g>', '<?xml version="1.0"?><!-- Generator: Adobe Illustrator 27.0 --><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">]>')],
])('an SVG with %s runs none', (_, text) => {
  expect(svgRunsCode(text)).toBe(false);
});
