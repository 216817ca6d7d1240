/**
 * The modules a built script imports as it loads, as Vite writes them: `import{a as e}from"./marks.js";`,
 * `import"./x.js";`, `export{t}from"./y.js";`. Not `import(…)`, which loads a module only when
 * the code asks for it (the converter of traditional characters). Read with es-module-lexer,
 * the lexer Vite and Astro read modules with, so a string or a name that only looks like an
 * import is not one. The search page preloads them (src/integrations/search-index.ts): a
 * browser finds them only once the script that imports them has arrived, a round trip later.
 */
import { initSync, parse } from 'es-module-lexer';

initSync();

/** The specifiers of `source`'s static imports, in order, each once. */
export function staticImports(source: string): string[] {
  const [imports] = parse(source);
  // d is -1 for a static import or re-export; a dynamic import() or import.meta has another.
  return [...new Set(imports.filter((found) => found.d === -1 && found.n !== undefined).map((found) => found.n!))];
}
