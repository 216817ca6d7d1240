// Wiring only: folders → loaders, and the schemas of src/lib/schema.ts.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir, readSections } from './lib/content-dir.ts';
import { markdownGlob, yamlGlob } from './lib/loaders.ts';
import { articleSchema, pageSchema, personSchema, sectionSchema, topicSchema } from './lib/schema.ts';
import site from './site.config.ts';

const dir = contentDir();
const sectionList = readSections(dir);

const articles = defineCollection({
  loader: markdownGlob({ pattern: '**/*.{md,mdx}', base: `${dir}/articles`, summaries: true, bodyPictures: true, scheduledIn: site.timeZone, site: site.url }),
  schema: ({ image }) => articleSchema({ sections: sectionList, timeZone: site.timeZone, siteName: site.name, image: image() }),
});

const sections = defineCollection({
  loader: file(`${dir}/sections.yaml`),
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
