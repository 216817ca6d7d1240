/**
 * Whether a title already says it is a video (视频｜…, 视频|…, 视频：…, 视频:…, 【视频】…,
 * [视频]…), as a video section's titles often do: a 视频 label beside it would say it twice.
 */
export function titleSaysVideo(title: string): boolean {
  return /^(?:视频\s*[｜|:：]|[【[［]视频[】\]］])/.test(title.trimStart());
}
