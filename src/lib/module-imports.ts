/**
 * The modules a built script imports as it loads, as Vite writes them: `import{a as e}from"./marks.js";`,
 * `import"./x.js";`, `export{t}from"./y.js";`, at a statement's start. Not `import(…)`, which
 * loads a module only when the code asks for it (the converter of traditional characters).
 * The search page preloads them (src/integrations/search-index.ts): a browser finds them only
 * once the script that imports them has arrived, a round trip later.
 */
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?(["'])([^"'`]+)\1/g;

/** The specifiers of `source`'s static imports, in order, each once. */
export function staticImports(source: string): string[] {
  return [...new Set([...source.matchAll(STATIC_IMPORT)].map((match) => match[2]!))];
}
