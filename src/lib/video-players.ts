/**
 * The players of the video sites a Chinese newsroom embeds from, by their `<iframe>` address: one
 * list for the importer, which keeps an old article's player from these sites and drops any other
 * embed (src/lib/html-to-markdown.ts), and for the content check, which tells an editor about an
 * `<iframe>` from anywhere else (src/lib/article-body.ts). Each is the player page the site's
 * 分享 → 嵌入代码 gives, served at https:// (an old CMS saved many at http://, or at `//`, which
 * an https page reads as https:// too). The sites' Flash players (`<embed src="….swf">`) are not
 * here: no browser plays Flash since 2021.
 */

interface VideoPlayer {
  /** What readers and editors call the site. */
  name: string;
  host: string;
  /** The path of its player page, not of the site's other pages (a video's page refuses to be framed). */
  path: RegExp;
}

export const VIDEO_PLAYERS: readonly VideoPlayer[] = [
  // v.qq.com/txp/iframe/player.html?vid=…; the older codes' v.qq.com/iframe/player.html?vid=… and
  // v.qq.com/iframe/preview.html?vid=…&width=500&height=375 (WeChat's years) still play.
  { name: '腾讯视频', host: 'v.qq.com', path: /^\/(?:txp\/iframe\/player|iframe\/(?:player|preview))\.html$/ },
  { name: '哔哩哔哩', host: 'player.bilibili.com', path: /^\/player\.html$/ },
  { name: '优酷', host: 'player.youku.com', path: /^\/embed\/[^/]+$/ },
  { name: '爱奇艺', host: 'open.iqiyi.com', path: /^\/developer\/player_js\/coopPlayerIndex\.html$/ },
];

/** The sites of VIDEO_PLAYERS by name, for messages: 腾讯视频、哔哩哔哩、优酷、爱奇艺. */
export const VIDEO_SITES = VIDEO_PLAYERS.map(({ name }) => name).join('、');

/**
 * The https:// address of the player at `src` (`http://` and `//` rewritten), or undefined when
 * `src` is not a player of VIDEO_PLAYERS: another site, another page of one of them, or not a
 * web address at all (`javascript:`).
 */
export function videoPlayer(src: string): string | undefined {
  const written = src.trim();
  if (!/^(?:https?:)?\/\//i.test(written)) return undefined;
  let url: URL;
  try {
    url = new URL(written, 'https://localhost/');
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.port) return undefined;
  const host = url.hostname.toLowerCase();
  if (!VIDEO_PLAYERS.some((player) => player.host === host && player.path.test(url.pathname))) return undefined;
  url.protocol = 'https:';
  return url.href;
}
