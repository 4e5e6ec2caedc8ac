/**
 * The one thing the presence parsers need of an XML parser: the page's
 * DOMParser in the console, any standards-compliant one in unit tests.
 */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

/** The document's root, or null when the text is not well-formed XML (browsers return a <parsererror> document instead of throwing). */
export function parseXml(parser: XmlParser, text: string): Element | null {
  let document: Document;
  try {
    document = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    // Some parsers (xmldom) throw where browsers return a <parsererror> document.
    console.warn('A presence document could not be read as XML.', error);
    return null;
  }
  const root = document.documentElement;
  if (!root || root.getElementsByTagName('parsererror').length > 0 || root.localName === 'parsererror') return null;
  return root;
}
