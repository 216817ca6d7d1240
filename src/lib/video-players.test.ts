import { describe, expect, test } from 'vitest';
import { videoPlayer } from './video-players.ts';

describe('videoPlayer', () => {
  test.each([
    // As the sites' 嵌入代码 give them, and as old CMSs saved them (http://, //).
    ['https://v.qq.com/txp/iframe/player.html?vid=w0033abcd12', 'https://v.qq.com/txp/iframe/player.html?vid=w0033abcd12'],
    ['http://v.qq.com/iframe/player.html?vid=w0033abcd12&tiny=0&auto=0', 'https://v.qq.com/iframe/player.html?vid=w0033abcd12&tiny=0&auto=0'],
    ['https://v.qq.com/iframe/preview.html?vid=w0026abcd34&width=500&height=375&auto=0', 'https://v.qq.com/iframe/preview.html?vid=w0026abcd34&width=500&height=375&auto=0'],
    ['//player.bilibili.com/player.html?aid=2&bvid=BV1GJ411x7h7&cid=3&page=1', 'https://player.bilibili.com/player.html?aid=2&bvid=BV1GJ411x7h7&cid=3&page=1'],
    [' HTTP://Player.Youku.com/embed/XNDk2MzQ5NjEyOA== ', 'https://player.youku.com/embed/XNDk2MzQ5NjEyOA=='],
    ['http://open.iqiyi.com/developer/player_js/coopPlayerIndex.html?vid=abc&tvId=123', 'https://open.iqiyi.com/developer/player_js/coopPlayerIndex.html?vid=abc&tvId=123'],
  ])('%s plays from %s', (src, https) => {
    expect(videoPlayer(src)).toBe(https);
  });

  test.each([
    ['another site', 'https://www.example.com/player.html'],
    ['a host that only ends like one', 'https://evil-v.qq.com.example.cn/txp/iframe/player.html?vid=1'],
    ['a video site’s page, not its player', 'https://v.qq.com/x/page/w0033abcd12.html'],
    ['a Flash player', 'http://player.youku.com/player.php/sid/XNDk2/v.swf'],
    ['code', 'javascript:alert(1)'],
    ['a path of this site', '/media/player.html'],
    ['a port', 'https://player.bilibili.com:8080/player.html?bvid=BV1'],
    ['no address', ''],
  ])('%s is no known player', (_, src) => {
    expect(videoPlayer(src)).toBeUndefined();
  });
});
