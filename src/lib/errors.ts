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

/** What a file or a folder this user may not read is told (copied from another account, checked out with sudo). */
export const NO_READ_PERMISSION = '没有读取权限，内容检查和构建都读不了它：请给它读取权限（文件 chmod a+r，文件夹 chmod a+rx），或删去它';

/** Whether `error` is Node's for a file or a folder this user may not read. */
export const isPermissionError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && ['EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');

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

/** What safeParse is given, so that a field left out can be told from one of the wrong kind (`issue.input`). */
export const PARSE_OPTIONS = { reportInput: true } as const;

/**
 * The problems of a failed zod parse, each naming its field; an unknown key found in `hints`
 * (a field other systems have) is told where its content goes here, and one that is a known
 * field of `schema` mistyped (`titel`, `Tags`) is told that field's name. That field, left out
 * because it was mistyped, is not told as missing too (缺少标题 beside 应写 title): one mistake,
 * one line. A parse made with PARSE_OPTIONS says which fields were left out.
 */
export function problemsFrom(file: string, error: z.ZodError, hints: Readonly<Record<string, string>> = {}, schema?: z.ZodType): Problem[] {
  const meantFor = new Map<z.core.$ZodIssue, Map<string, string | undefined>>();
  const toldAsMistyped = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldsAt(schema, issue.path);
    const meant = new Map(
      issue.keys.map((key) => [key, Object.hasOwn(hints, key) ? undefined : (chineseNamedField(key, known) ?? meantField(key, [...known.keys()]))]),
    );
    meantFor.set(issue, meant);
    for (const field of meant.values()) if (field) toldAsMistyped.add(fieldName([...issue.path, field]));
  }
  const leftOut = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
  return error.issues.flatMap((issue): Problem[] => {
    const meant = meantFor.get(issue);
    if (meant && issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldName([...issue.path, key]),
        message: Object.hasOwn(hints, key)
          ? `本站没有“${key}”这一项：${hints[key]}`
          : HAN_NAME.test(key) && meant.get(key)
            ? `未知字段“${key}”：字段名要写英文，${key}应写 ${meant.get(key)}`
            : `未知字段“${key}”（拼写错误？${meant.get(key) ? `应写 ${meant.get(key)}` : ''}）`,
      }));
    }
    if (leftOut(issue) && toldAsMistyped.has(fieldName(issue.path))) return [];
    return [{ file, field: fieldName(issue.path), message: issue.message }];
  });
}

/**
 * The keys of the object `schema` holds at `path`, through what wraps it (optional, default,
 * transform, list, union), each with its description (`.describe('标题')` in schema.ts).
 */
function fieldsAt(schema: z.core.$ZodType | undefined, path: readonly PropertyKey[]): Map<string, string | undefined> {
  if (!schema) return new Map();
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, z.core.$ZodType>;
      if (path.length === 0) return new Map(Object.entries(shape).map(([key, type]) => [key, (type as { description?: string }).description]));
      const [key, ...rest] = path;
      return typeof key === 'string' && Object.hasOwn(shape, key) ? fieldsAt(shape[key], rest) : new Map();
    }
    case 'array':
      return typeof path[0] === 'number' ? fieldsAt(def['element'] as z.core.$ZodType, path.slice(1)) : new Map();
    case 'union':
      return new Map((def['options'] as z.core.$ZodType[]).flatMap((option) => [...fieldsAt(option, path)]));
    case 'pipe':
      return fieldsAt(def['in'] as z.core.$ZodType, path);
    default:
      return 'innerType' in def ? fieldsAt(def['innerType'] as z.core.$ZodType, path) : new Map();
  }
}

/** A key written in Chinese characters alone (标题, 更正). */
const HAN_NAME = /^\p{Script=Han}{2,}$/u;

/**
 * The known field an unknown key names in Chinese, as the site's messages and README name each
 * field (标题 title, 栏目 section, 导读 summary, 更正 corrections): the one field (of `described`,
 * with their descriptions) whose description begins with the key; none when two do.
 */
export function chineseNamedField(key: string, described: ReadonlyMap<string, string | undefined>): string | undefined {
  if (!HAN_NAME.test(key)) return undefined;
  const named = [...described].filter(([, description]) => description?.startsWith(key)).map(([field]) => field);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The known field an unknown key was meant as: the same but for case (`Tags`), or one letter
 * typed wrong, missing, extra or two swapped (`titel`, `sumary`), two in a longer name
 * (`corection`); none when two fields are as near.
 */
export function meantField(key: string, fields: readonly string[]): string | undefined {
  const typed = key.toLowerCase();
  const most = typed.length > 5 ? 2 : 1;
  const near = fields
    .map((field) => ({ field, distance: typed === field.toLowerCase() ? 0 : typos(typed, field.toLowerCase()) }))
    .filter(({ distance }) => distance <= most)
    .sort((a, b) => a.distance - b.distance);
  return near.length > 0 && near[0]!.distance !== near[1]?.distance ? near[0]!.field : undefined;
}

/** Letters typed wrong, missing or extra, and pairs swapped, between two words (optimal string alignment). */
function typos(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Parses `data` or throws a ContentError naming `file` and each bad field. */
export function parseOrExplain<T extends z.ZodType>(schema: T, file: string, data: unknown): z.output<T> {
  const result = schema.safeParse(data, PARSE_OPTIONS);
  if (!result.success) throw new ContentError(problemsFrom(file, result.error, {}, schema));
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
