// Wiring only: folders → loaders, and the schemas of src/lib/schema.ts.
import { defineCollection } from 'astro:content';
import { contentDir, savedSections } from './lib/content-dir.ts';
import { markdownGlob, sectionsFile, yamlGlob } from './lib/loaders.ts';
import { articleSchema, pageSchema, personSchema, sectionSchema, topicSchema } from './lib/schema.ts';
import site from './site.config.ts';

const dir = contentDir();
// In development read again when the file changes: `npm run dev` takes in a section added or taken
// out while it runs, for the sections' pages and the articles' check alike, and a mistake at its
// start once fixed. A build reads it once.
const sectionList = savedSections(dir, { development: import.meta.env.DEV });

const articles = defineCollection({
  loader: markdownGlob({ pattern: '**/*.{md,mdx}', base: `${dir}/articles`, summaries: true, bodyPictures: true, scheduledIn: site.timeZone, sections: sectionList, site: site.url }),
  schema: ({ image }) => articleSchema({ sections: sectionList.list(), timeZone: site.timeZone, siteName: site.name, image: image() }),
});

const sections = defineCollection({
  loader: sectionsFile(sectionList),
  schema: sectionSchema,
});

const people = defineCollection({
  loader: yamlGlob({ pattern: '*.yaml', base: `${dir}/people` }),
  schema: ({ image }) => personSchema({ image: image() }),
});

const topics = defineCollection({
  loader: markdownGlob({ pattern: '*.{md,mdx}', base: `${dir}/topics`, selecting: { articles: `${dir}/articles`, timeZone: site.timeZone }, site: site.url }),
  schema: ({ image }) => topicSchema({ image: image(), timeZone: site.timeZone }),
});

const pages = defineCollection({
  loader: markdownGlob({ pattern: '*.md', base: `${dir}/pages`, site: site.url }),
  schema: pageSchema({ timeZone: site.timeZone }),
});

export const collections = { articles, sections, people, topics, pages };
