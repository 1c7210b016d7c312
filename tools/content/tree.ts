// Turns a hast tree into the compact JSON tree the reader renders, with React prop names.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { find, hastToReact, html, svg } from 'property-information';
import type { ContentElement, ContentNode, ContentProps } from '../../src/shared/content/types.ts';

function reactPropName(key: string, inSvg: boolean): string {
  if (key === 'className') return key;
  // React wants aria-* and data-* in their attribute form; everything else is camelCase already.
  if (/^(aria|data)[A-Z]/.test(key)) return find(inSvg ? svg : html, key).attribute;
  // hast and React spell a few SVG/XLink props differently (strokeLineCap vs strokeLinecap).
  return hastToReact[key] ?? key;
}

function toProps(node: Element, inSvg: boolean): ContentProps | null {
  const out: ContentProps = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'align' && typeof value === 'string') {
      // GFM column alignment: a class keeps the markup free of deprecated attributes.
      out.className = `align-${value}`;
      continue;
    }
    if (key === 'checked') {
      out.defaultChecked = Boolean(value);
      continue;
    }
    const name = reactPropName(key, inSvg);
    // Lists go back to their attribute syntax: aria-labelledby="a b" is space-separated, not "a,b".
    const separator = find(inSvg ? svg : html, key).commaSeparated ? ',' : ' ';
    out[name] = Array.isArray(value) ? value.join(separator) : value;
  }
  return Object.keys(out).length === 0 ? null : out;
}

function convert(node: ElementContent | RootContent, inSvg: boolean): ContentNode | null {
  // Empty text (left where a heading's {#id} was cut off) would be a useless child.
  if (node.type === 'text') return node.value === '' ? null : node.value;
  if (node.type !== 'element') return null;
  const svgHere = inSvg || node.tagName === 'svg';
  const children: ContentNode[] = [];
  for (const child of node.children) {
    const c = convert(child, svgHere);
    if (c === null) continue;
    const last = children[children.length - 1];
    if (typeof c === 'string' && typeof last === 'string') children[children.length - 1] = last + c;
    else children.push(c);
  }
  // Whitespace-only text between table, list or SVG elements is invalid DOM nesting for React.
  const trimmed = /^(table|thead|tbody|tr|ul|ol|svg|g|defs|marker)$/.test(node.tagName)
    ? children.filter((c) => typeof c !== 'string' || c.trim() !== '')
    : children;
  const element: ContentElement = [node.tagName, toProps(node, svgHere), ...trimmed];
  return element;
}

export function hastToContent(root: Root | Element): ContentNode[] {
  const nodes = root.type === 'root' ? root.children : [root];
  const out: ContentNode[] = [];
  for (const n of nodes) {
    const c = convert(n, false);
    if (c !== null && !(typeof c === 'string' && c.trim() === '')) out.push(c);
  }
  return out;
}
