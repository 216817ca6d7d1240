// Wiring only: folders → loaders, and the schemas of src/lib/schema.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, readSections } from './lib/content-dir.ts';
import { idFromPath, markdownGlob } from './lib/loaders.ts';
import { articleSchema, personSchema, sectionSchema, topicSchema } from './lib/schema.ts';
import site from './site.config.ts';

const dir = contentDir();
const sectionIds = readSections(dir).map((section) => section.id);

const articles = defineCollection({
  loader: markdownGlob({ pattern: '**/*.{md,mdx}', base: `${dir}/articles`, summaries: true }),
  schema: ({ image }) => articleSchema({ sectionIds, timeZone: site.timeZone, image: image() }),
});

const sections = defineCollection({
  loader: file(`${dir}/sections.yaml`),
  schema: sectionSchema,
});

const people = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/people`, generateId: ({ entry }) => idFromPath(entry) }),
  schema: ({ image }) => personSchema({ image: image() }),
});

const topics = defineCollection({
  loader: markdownGlob({ pattern: '*.{md,mdx}', base: `${dir}/topics` }),
  schema: ({ image }) => topicSchema({ image: image(), timeZone: site.timeZone }),
});

export const collections = { articles, sections, people, topics };
