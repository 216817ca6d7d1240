/** The front matter a new article starts with: every required field, dated now in the site's zone. */
import { formatDateTime, zonedParts } from './dates.ts';

export interface TemplateOptions {
  section: string;
  title?: string | undefined;
  /** 来源, the outlet's name by default. */
  source: string;
  now: Date;
  timeZone: string;
}

export function articleTemplate({ section, title, source, now, timeZone }: TemplateOptions): { folder: string; text: string } {
  const { year, month } = zonedParts(now, timeZone);
  const folder = `${year}/${String(month).padStart(2, '0')}`;
  const text = `---
title: ${JSON.stringify(title ?? '标题')}
date: ${formatDateTime(now, timeZone)}
section: ${section}
source: ${JSON.stringify(source)}
author: 作者
editor: 责任编辑
summary: 导读（可删去，删去则用正文第一段）
tags: []
draft: true
---

正文第一段。
`;
  return { folder, text };
}
