/**
 * An address at http:// in a page served at https://: browsers block it (mixed content) as a
 * frame, and a video or its poster does not load from it either. Pictures (`<img>`) are not
 * held to this: browsers fetch them at https:// (src/lib/video-file.ts).
 */

/** What an editor is told about what is at `src` (`what`: 视频, 嵌入的网页), which `fails` at http:// (放不出来), and what to do `instead`; undefined when `src` is not at http://. */
export function httpAddressProblem(src: string, { what, fails, instead }: { what: string; fails: string; instead: string }): string | undefined {
  if (!/^\s*http:\/\//i.test(src)) return undefined;
  return `${what} ${src.trim()} 以 http:// 开头，https 的网页里${fails}：${instead}`;
}
