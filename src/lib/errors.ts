/**
 * Problems in content or configuration, told to editors as `file: field — message`,
 * never as a stack trace.
 */
import type { z } from 'astro/zod';
import { PICTURE_FORMAT_NAMES } from './images.ts';

/** One problem, located by file and field. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Thrown for bad content or configuration; the build prints `problems` and stops. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `content/articles/2024/01/x.md: section — 栏目“foo”不存在` */
export function formatProblem({ file, field, message }: Problem): string {
  return field ? `${file}: ${field} — ${message}` : `${file}: ${message}`;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/**
 * A field as editors name it: keys joined by `.` (`cover.alt`), an item of a list counted from 1
 * as they count (`author 第 1 项`, `corrections 第 2 项 date`), not from 0 as zod does.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  let afterItem = false;
  for (const key of path) {
    const item = typeof key === 'number';
    const part = item ? `第 ${key + 1} 项` : String(key);
    name = name === '' ? part : `${name}${item || afterItem ? ' ' : '.'}${part}`;
    afterItem = item;
  }
  return name;
}

/**
 * The problems of a failed zod parse, each naming its field; an unknown key found in `hints`
 * (a field other systems have) is told where its content goes here.
 */
export function problemsFrom(file: string, error: z.ZodError, hints: Readonly<Record<string, string>> = {}): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldName([...issue.path, key]),
        message: Object.hasOwn(hints, key) ? `本站没有“${key}”这一项：${hints[key]}` : `未知字段“${key}”（拼写错误？）`,
      }));
    }
    return [{ file, field: fieldName(issue.path), message: issue.message }];
  });
}

/** Parses `data` or throws a ContentError naming `file` and each bad field. */
export function parseOrExplain<T extends z.ZodType>(schema: T, file: string, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(problemsFrom(file, result.error));
  return result.data;
}

/**
 * An error from inside the Astro build, for editors: the ones the content check cannot see
 * before Astro starts are said in Chinese; any other keeps Astro's words under a Chinese line.
 */
export function explainBuildError(message: string): string {
  const image = /NoImageMetadata: Could not process image metadata for `([^`]+)`/.exec(message);
  if (image) return `${image[1]}: 无法读取这张图片（文件已损坏，或不是 ${PICTURE_FORMAT_NAMES} 图片），请换一个图片文件`;
  return `Astro 构建时出错（以下是 Astro 的原文）：\n${message}`;
}
