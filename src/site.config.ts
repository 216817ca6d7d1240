/**
 * The outlet's identity. Validated when the build starts: a mistake here stops the build
 * with the field named.
 */
import { siteConfigSchema } from './lib/schema.ts';
import { parseOrExplain } from './lib/errors.ts';

export default parseOrExplain(siteConfigSchema, 'src/site.config.ts', {
  name: '法治报道',
  description: '法治报道：法治新闻、地方动态、以案说法与视频报道。',
  url: 'https://www.fazhibaodao.example',
  lang: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  navigation: [
    { label: '专题', href: '/topics/' },
    { label: '人员查询', href: '/people/' },
  ],
  footer: {
    licence: '广播电视节目制作经营许可证：（京）字第22754号',
    icp: { label: '京ICP备10039517号', href: 'https://beian.miit.gov.cn/' },
    police: {
      label: '京公网安备11010102007124号',
      href: 'https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010102007124',
    },
    phones: ['010-57027107', '57027127'],
    email: 'zgfzzb@126.com',
    // 单页 linked in the footer, in this order: content/pages/about.md, content/pages/contact.md.
    pages: ['about', 'contact'],
  },
  pageSize: 20,
});
