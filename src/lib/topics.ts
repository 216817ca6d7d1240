/** 专题: the articles a topic selects, by tag or by id, whole or in named parts. */
import type { TopicData } from './schema.ts';

export interface TopicPart<A> {
  /** Part title (最新进展, 深度报道 …); none when the topic is not split. */
  title: string | undefined;
  articles: A[];
}

interface Selection {
  tag?: string | undefined;
  articles?: string[] | undefined;
}

/**
 * Resolves a topic's selections. `byTag` lists are newest first; explicit ids keep the
 * editor's order. An id that names no published article throws, naming it.
 */
export function topicParts<A>(
  topic: Pick<TopicData, 'tag' | 'articles' | 'parts'>,
  byId: ReadonlyMap<string, A>,
  byTag: ReadonlyMap<string, readonly A[]>,
): TopicPart<A>[] {
  const select = ({ tag, articles }: Selection): A[] => {
    if (tag !== undefined) return [...(byTag.get(tag) ?? [])];
    return (articles ?? []).map((id) => {
      const article = byId.get(id);
      if (!article) throw new Error(`文章“${id}”不存在或未发布`);
      return article;
    });
  };
  if (topic.parts) return topic.parts.map((part) => ({ title: part.title, articles: select(part) }));
  return [{ title: undefined, articles: select(topic) }];
}
