import { DOMParser } from '@xmldom/xmldom';
import type { XmlParser } from '../../../../src/renderer/src/core/presence/xml-parser';

/** A standards-compliant XML parser for Node, standing in for the page's DOMParser (its Document is the DOM's, typed by its own package). */
export const xmlParser = new DOMParser() as unknown as XmlParser;
