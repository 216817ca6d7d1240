/**
 * Whether an SVG file would run code when a reader opens it on its own (on the site's address):
 * read as the browser reads an SVG, as XML, so that only what runs is refused, not the words
 * `javascript:` in a chart's label or ` one=1` in an attribute's value, which a search of the text
 * took for code. An `<img>` never runs an SVG's scripts; the picture checks (src/lib/picture-file.ts)
 * refuse such a file as the body check refuses a body's `<script>` (src/lib/unsafe-html.ts).
 */
import { Parser } from 'htmlparser2';
import { unsafeScheme } from './unsafe-html.ts';

/**
 * What marks code in text the parser leaves unread: a DOCTYPE's entity declarations, whose values
 * the browser writes into the file where `&name;` stands (`<!ENTITY s "<script>…">`), and a
 * processing instruction (`<?xml-stylesheet …?>`), searched as text, their character references
 * (`&#60;script`) read.
 */
const CODE_IN_TEXT = /<script\b|\son[a-z]+\s*=|javascript:/i;

/** Character references (`&#60;`, `&#x3c;`) as the characters they stand for. */
const characters = (text: string) =>
  text.replace(/&#(x[\da-f]+|\d+);?/gi, (_, code: string) => String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)));

/** An element's or attribute's name without its prefix (`svg:script` is a script), in lower case. */
const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

/**
 * Whether the SVG `text` runs code opened on its own: a `<script>` (also an XHTML one in a
 * `<foreignObject>`), an `on…` handler (or an animation that sets one), an address that runs code
 * (`javascript:`, entities and tabs in it read as the browser reads them) or a document (`data:`
 * other than a picture) in any attribute (an `<a href>`, an `<animate values="…;javascript:…">`),
 * an `<iframe srcdoc>` in a `<foreignObject>`, or such code in an entity or an instruction.
 */
export function svgRunsCode(text: string): boolean {
  let runs = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (localName(name) === 'script') runs = true;
        for (const [written, value] of Object.entries(attributes)) {
          const attribute = localName(written);
          if (attribute.startsWith('on') || attribute === 'srcdoc') runs = true;
          else if (attribute === 'attributename' && /^\s*on/i.test(value)) runs = true;
          else if (value.split(';').some((part) => unsafeScheme(part, { picture: true }))) runs = true;
        }
      },
      onprocessinginstruction(_, data) {
        if (CODE_IN_TEXT.test(characters(data))) runs = true;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  return runs;
}
