/** XML text escaping shared by the GraphML and GEXF writers. */

/** @example escapeXml('Tjernoff & "Co" <x>') === 'Tjernoff &amp; &quot;Co&quot; &lt;x&gt;' */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** An element with escaped attributes and already-escaped inner XML. */
export function xmlElement(name: string, attributes: Record<string, string | number>, inner = ''): string {
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return inner === '' ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${inner}</${name}>`;
}
