/**
 * Feeds and sitemaps read back as a feed reader or a search engine reads them: with a
 * conforming XML parser (saxes), which refuses what is not well-formed XML 1.0 (an unescaped
 * `&` or `<`, a character XML cannot hold, a tag left open, an undeclared namespace), where
 * the HTML parsers the other tests use would carry on.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The name as written, `dc:creator`. */
  name: string;
  /** Its namespace, `http://purl.org/dc/elements/1.1/`. */
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Its own text and CDATA, entities read. */
  text: string;
}

/** The document's root element; throws, with the line and column, on anything that is not well-formed. */
export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]));
    const element: XmlElement = { name: tag.name, uri: tag.uri, attributes, children: [], text: '' };
    open.at(-1)?.children.push(element);
    root ??= element;
    open.push(element);
  });
  const addText = (text: string) => {
    const element = open.at(-1);
    if (element) element.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => open.pop());
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element under `root` (itself included) named `name`, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((child) => elementsNamed(child, name))];
}
