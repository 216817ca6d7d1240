/**
 * Search records read back from built article pages, marked the way Pagefind marks pages:
 * the text of `[data-pagefind-body]` without `[data-pagefind-ignore]` parts, and filters,
 * sort keys and result metadata from `<meta data-pagefind-filter|sort|meta="name[content]">`.
 * Text inside `[data-search-field="title|summary|body"]` is kept apart by field (the search
 * ranks title matches first); the rest of the body region (bylines) is field `rest`, and so is
 * the `content` of a `<meta data-search-field="rest">` (tags, shown outside the body region).
 * Block elements separate their text, so no match spans two paragraphs.
 */
import { Parser } from 'htmlparser2';
import { UNINDEXED_ELEMENTS } from './search-text.ts';

export const FIELDS = ['title', 'summary', 'body', 'rest'] as const;
type Field = (typeof FIELDS)[number];

export interface SearchRecord {
  url: string;
  /** Indexed text by field, as readers see it (not yet spaced); lines are blocks. */
  fields: Record<Field, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta: Record<string, string>;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set<string>(UNINDEXED_ELEMENTS);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** `name[content]` → ['name', 'content'] */
function attributeTarget(value: string): [string, string] | undefined {
  const match = /^\s*([\w-]+)\[([\w-]+)\]\s*$/.exec(value);
  return match ? [match[1]!, match[2]!] : undefined;
}

/** The record of one built page, or undefined when the page has no `data-pagefind-body`. */
export function extractRecord(html: string, url: string): SearchRecord | undefined {
  const record: SearchRecord = { url, fields: { title: '', summary: '', body: '', rest: '' }, filters: {}, sort: {}, meta: {} };
  const chunks: Record<Field, string[]> = { title: [], summary: [], body: [], rest: [] };
  /** Open elements: whether each opened the body, a field, an ignored part, or a skipped element. */
  const stack: { body: boolean; field: Field | undefined; ignore: boolean; skip: boolean }[] = [];
  const fields: Field[] = [];
  const out = () => chunks[fields.at(-1) ?? 'rest'];
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
          // Text a page names only in its head (its tags), indexed as a field of its own line.
          const field = FIELDS.find((name) => name === attributes['data-search-field']);
          if (field && attributes['content']) chunks[field].push(`\n${attributes['content']}\n`);
        }
        if (VOID.has(name)) {
          if (bodyDepth > 0 && ignoreDepth === 0 && BLOCKS.has(name)) out().push('\n');
          return;
        }
        const named = attributes['data-search-field'];
        const entry = {
          body: 'data-pagefind-body' in attributes,
          field: FIELDS.find((field) => field === named),
          ignore: 'data-pagefind-ignore' in attributes,
          skip: SKIPPED.has(name),
        };
        stack.push(entry);
        if (entry.body) {
          bodyDepth++;
          hasBody = true;
        }
        if (entry.field) fields.push(entry.field);
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
        if (entry.field) fields.pop();
        if (entry.ignore) ignoreDepth--;
        if (entry.skip) skipDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (!hasBody) return undefined;
  for (const field of FIELDS) {
    record.fields[field] = chunks[field]
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  }
  return record;
}
