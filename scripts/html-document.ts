import { parseHTML } from 'linkedom';

/** A DOM Document for an HTML string, in Node: what the extension gets from the browser. */
export function htmlDocument(html: string, url?: string): Document {
  const { document } = parseHTML(html);
  if (url) Object.defineProperty(document, 'URL', { value: url });
  return document as unknown as Document;
}
