/** The front matter a new article starts with: every required field, dated now in the site's zone. */
import { formatDateTime, monthFolder } from './dates.ts';

/** The words a new article holds until the editor writes their own: an article with them is never published. */
const PLACEHOLDERS = {
  title: '标题',
  author: '作者',
  editor: '责任编辑',
  summary: '导读（可删去，删去则用正文第一段）',
  /** A line of the body. */
  body: '正文第一段。',
} as const;

/** Fields of an article that still hold the template's words; 正文 when a line of `body` does. */
export function placeholderFields(
  data: { title: string; author: readonly string[]; editor: readonly string[]; summary?: string | undefined },
  body: string,
): string[] {
  return [
    data.title === PLACEHOLDERS.title && 'title',
    data.author.includes(PLACEHOLDERS.author) && 'author',
    data.editor.includes(PLACEHOLDERS.editor) && 'editor',
    data.summary === PLACEHOLDERS.summary && 'summary',
    body.split('\n').some((line) => line.trim() === PLACEHOLDERS.body) && '正文',
  ].filter((field): field is string => field !== false);
}

interface TemplateOptions {
  section: string;
  title?: string | undefined;
  /** 来源: the caller's choice (npm run new gives the outlet's name). */
  source: string;
  now: Date;
  timeZone: string;
}

export function articleTemplate({ section, title, source, now, timeZone }: TemplateOptions): { folder: string; text: string } {
  const folder = monthFolder(now, timeZone);
  const text = `---
title: ${JSON.stringify(title ?? PLACEHOLDERS.title)}
date: ${formatDateTime(now, timeZone)}
section: ${section}
source: ${JSON.stringify(source)}
author: ${PLACEHOLDERS.author}
editor: ${PLACEHOLDERS.editor}
summary: ${PLACEHOLDERS.summary}
tags: []
draft: true
---

${PLACEHOLDERS.body}
`;
  return { folder, text };
}
