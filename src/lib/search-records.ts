/**
 * Search records read back from built article pages, marked the way Pagefind marks pages:
 * the text of `[data-pagefind-body]` without `[data-pagefind-ignore]` parts, and filters,
 * sort keys and result metadata from `<meta data-pagefind-filter|sort|meta="name[content]">`.
 * Block elements separate their text, so no match spans two paragraphs. Text inside
 * `[data-search-first]` (the article body) comes first, so excerpts show the body when the
 * words are there as well as in the title.
 */
import { Parser } from 'htmlparser2';

export interface SearchRecord {
  url: string;
  /** Indexed text, as readers see it (not yet spaced). */
  text: string;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta: Record<string, string>;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** `name[content]` → ['name', 'content'] */
function attributeTarget(value: string): [string, string] | undefined {
  const match = /^\s*([\w-]+)\[([\w-]+)\]\s*$/.exec(value);
  return match ? [match[1]!, match[2]!] : undefined;
}

/** The record of one built page, or undefined when the page has no `data-pagefind-body`. */
export function extractRecord(html: string, url: string): SearchRecord | undefined {
  const record: SearchRecord = { url, text: '', filters: {}, sort: {}, meta: {} };
  const first: string[] = [];
  const rest: string[] = [];
  /** Open elements: whether each opened the body, the first part, an ignored part, or a skipped element. */
  const stack: { body: boolean; first: boolean; ignore: boolean; skip: boolean }[] = [];
  let firstDepth = 0;
  const out = () => (firstDepth > 0 ? first : rest);
  let bodyDepth = 0;
  let ignoreDepth = 0;
  let skipDepth = 0;
  let hasBody = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const fromAttribute = (key: string) => {
            const target = attributes[key] && attributeTarget(attributes[key]);
            return target && attributes[target[1]] !== undefined ? ([target[0], attributes[target[1]]!] as const) : undefined;
          };
          const filter = fromAttribute('data-pagefind-filter');
          if (filter) (record.filters[filter[0]] ??= []).push(filter[1]);
          const sort = fromAttribute('data-pagefind-sort');
          if (sort) record.sort[sort[0]] = sort[1];
          const meta = fromAttribute('data-pagefind-meta');
          if (meta) record.meta[meta[0]] = meta[1];
        }
        if (VOID.has(name)) {
          if (bodyDepth > 0 && ignoreDepth === 0 && BLOCKS.has(name)) out().push('\n');
          return;
        }
        const entry = {
          body: 'data-pagefind-body' in attributes,
          first: 'data-search-first' in attributes,
          ignore: 'data-pagefind-ignore' in attributes,
          skip: SKIPPED.has(name),
        };
        stack.push(entry);
        if (entry.body) {
          bodyDepth++;
          hasBody = true;
        }
        if (entry.first) firstDepth++;
        if (entry.ignore) ignoreDepth++;
        if (entry.skip) skipDepth++;
        if (bodyDepth > 0 && BLOCKS.has(name)) out().push('\n');
      },
      ontext(text) {
        if (bodyDepth > 0 && ignoreDepth === 0 && skipDepth === 0) out().push(text);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (bodyDepth > 0 && BLOCKS.has(name)) out().push('\n');
        const entry = stack.pop();
        if (!entry) return;
        if (entry.body) bodyDepth--;
        if (entry.first) firstDepth--;
        if (entry.ignore) ignoreDepth--;
        if (entry.skip) skipDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (!hasBody) return undefined;
  record.text = [...first, '\n', ...rest]
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return record;
}
