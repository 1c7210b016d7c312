// The compact tree keeps what React needs: its prop names, attribute list syntax and valid nesting.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { hastToContent } from './tree.ts';

const html = (text: string): Root => fromHtml(text, { fragment: true });

describe('hastToContent', () => {
  it('joins class names with spaces into className', () => {
    expect(hastToContent(html('<p class="lead wide">Hi</p>'))).toEqual([
      ['p', { className: 'lead wide' }, 'Hi'],
    ]);
  });

  it('spells aria-* and data-* props in their attribute form', () => {
    expect(hastToContent(html('<p aria-hidden="true" data-step="2">Hi</p>'))).toEqual([
      ['p', { 'aria-hidden': 'true', 'data-step': '2' }, 'Hi'],
    ]);
  });

  it('keeps space-separated id lists space-separated', () => {
    const tree = html(
      '<svg viewBox="0 0 1 1" aria-labelledby="t d"></svg><p aria-describedby="a b">x</p>',
    );
    expect(hastToContent(tree)).toEqual([
      ['svg', { viewBox: '0 0 1 1', 'aria-labelledby': 't d' }],
      ['p', { 'aria-describedby': 'a b' }, 'x'],
    ]);
  });

  it('keeps comma-separated lists comma-separated', () => {
    expect(hastToContent(html('<input accept=".png, .jpg">'))).toEqual([
      ['input', { accept: '.png,.jpg' }],
    ]);
  });

  it('uses React names for SVG props that hast spells differently', () => {
    const svg =
      '<svg viewBox="0 0 1 1"><path stroke-linecap="round" stroke-dasharray="4 2" xlink:href="#a" marker-end="url(#m)"/></svg>';
    expect(hastToContent(html(svg))).toEqual([
      [
        'svg',
        { viewBox: '0 0 1 1' },
        [
          'path',
          { strokeLinecap: 'round', strokeDasharray: '4 2', xlinkHref: '#a', markerEnd: 'url(#m)' },
        ],
      ],
    ]);
  });

  it('turns GFM column alignment into a class and checked boxes into defaultChecked', () => {
    const td: Element = {
      type: 'element',
      tagName: 'td',
      properties: { align: 'right' },
      children: [],
    };
    const box: Element = {
      type: 'element',
      tagName: 'input',
      properties: { type: 'checkbox', checked: true, disabled: true },
      children: [],
    };
    expect(hastToContent({ type: 'root', children: [td, box] })).toEqual([
      ['td', { className: 'align-right' }],
      ['input', { type: 'checkbox', defaultChecked: true, disabled: true }],
    ]);
  });

  it('drops false and empty props, comments and whitespace-only top-level text', () => {
    const p: Element = {
      type: 'element',
      tagName: 'p',
      properties: { hidden: false, lang: undefined },
      children: [{ type: 'text', value: 'x' }],
    };
    expect(
      hastToContent({
        type: 'root',
        children: [{ type: 'text', value: '\n' }, p, { type: 'comment', value: 'c' }],
      }),
    ).toEqual([['p', null, 'x']]);
  });

  it('removes whitespace between table, list and SVG elements but keeps it inside text', () => {
    const tree = html(
      '<ul>\n  <li>a <b>b</b> c</li>\n</ul><svg viewBox="0 0 1 1">\n  <g>\n    <text> x </text>\n  </g>\n</svg>',
    );
    expect(hastToContent(tree)).toEqual([
      ['ul', null, ['li', null, 'a ', ['b', null, 'b'], ' c']],
      ['svg', { viewBox: '0 0 1 1' }, ['g', null, ['text', null, ' x ']]],
    ]);
  });

  it('merges adjacent text nodes and drops empty ones', () => {
    const p: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'text', value: 'a' },
        { type: 'comment', value: 'gone' },
        { type: 'text', value: '' },
        { type: 'text', value: 'b' },
      ],
    };
    expect(hastToContent(p)).toEqual([['p', null, 'ab']]);
  });
});
