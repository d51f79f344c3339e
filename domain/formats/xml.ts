/** The little XML writing the GraphML and GEXF exporters need: escaped attributes and elements. */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 cannot carry at all, even escaped. */
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text safe inside an attribute value or element content.
 * @example xmlText('Smilga & "Antonov"') // 'Smilga &amp; &quot;Antonov&quot;'
 */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(NOT_XML_CHARACTERS, '')
    .replace(/[&<>"']/g, (character) => XML_ENTITIES[character]);
}

/** Attribute values; undefined and null attributes are left out. */
export type XmlAttributes = Record<string, string | number | null | undefined>;

/**
 * One element with escaped attributes; `children` are already XML (an empty list closes the tag).
 * @example xmlElement('node', { id: 'lenin', label: 'Lenin' }) // '<node id="lenin" label="Lenin"/>'
 */
export function xmlElement(name: string, attributes: XmlAttributes, children: readonly string[] = []): string {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ` ${key}="${xmlText(value as string | number)}"`)
    .join('');
  return children.length === 0 ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${children.join('')}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
