// Renders the compiled lesson tree with React; the browser never parses Markdown.
import { createElement, Suspense, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import type { ContentElement, ContentNode, ContentProps } from '../../shared/content/types';
import { useNearViewport } from '../../shared/near-viewport';
import { embedComponents } from './embeds';

const CALLOUT_KINDS = ['note', 'tip', 'exam'] as const;
type CalloutKind = (typeof CALLOUT_KINDS)[number];

function Callout({ kind, children }: { kind: string; children: ReactNode }) {
  const { t } = useT();
  const k: CalloutKind = (CALLOUT_KINDS as readonly string[]).includes(kind)
    ? (kind as CalloutKind)
    : 'note';
  const label = t(`lesson.callout.${k}`);
  return (
    <div className={`callout callout-${k}`} role="note" aria-label={label}>
      <p className="callout-label" aria-hidden="true">
        {label}
      </p>
      {children}
    </div>
  );
}

const isElement = (node: ContentNode | undefined): node is ContentElement =>
  node !== undefined && typeof node !== 'string';

function childrenOf(node: ContentElement): ContentNode[] {
  const [, , ...kids] = node;
  return kids;
}

function textOf(node: ContentNode): string {
  return isElement(node) ? childrenOf(node).map(textOf).join('') : node;
}

/** The header cells' text, which names the table region uniquely on the page. */
function columnNames(kids: readonly ContentNode[]): string {
  const thead = kids.find((k) => isElement(k) && k[0] === 'thead');
  const row = isElement(thead) ? childrenOf(thead).find(isElement) : undefined;
  if (!row) return '';
  return childrenOf(row)
    .map((cell) => textOf(cell).trim())
    .filter(Boolean)
    .join(', ');
}

function ScrollTable({
  children,
  props,
  columns,
}: {
  children: ReactNode;
  props: ContentProps | null;
  columns: string;
}) {
  const { t } = useT();
  return (
    // Wide tables scroll sideways on phones; the region is focusable so keyboards can scroll it.
    <div
      className="table-scroll"
      role="region"
      aria-label={t('lesson.table', { columns })}
      tabIndex={0}
    >
      {createElement('table', props, children)}
    </div>
  );
}

function Embed({ props }: { props: ContentProps | null }) {
  const { t } = useT();
  const slot = useRef<HTMLDivElement>(null);
  // A live widget costs download and CPU: it loads when the reader gets near it, not with the page.
  const near = useNearViewport(slot, '600px 0px');
  const { name = '', ...rest } = (props ?? {}) as Record<string, string>;
  const Component = embedComponents[name];
  if (!Component) return <p className="callout callout-note">{t('lesson.unknownEmbed')}</p>;
  // Embeds are lazy chunks: the slot keeps their height (styles.css, per name) while they load,
  // so the text below does not jump, and the lesson itself never waits for them. They are live
  // widgets, so pre-rendered pages carry only the slot and the browser fills it.
  const loading = <p className="embed-loading muted">{t('app.loading')}</p>;
  return (
    <div className="embed" data-embed={name} ref={slot}>
      {near ? (
        <Suspense fallback={loading}>
          <Component {...rest} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}

function renderAnchor(props: ContentProps | null, children: ReactNode, key: number) {
  const { href = '', ...rest } = (props ?? {}) as Record<string, string>;
  if (href.startsWith('/'))
    return (
      <Link key={key} to={href} {...rest}>
        {children}
      </Link>
    );
  if (/^https?:/.test(href))
    return (
      <a key={key} href={href} rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  return (
    <a key={key} href={href} {...rest}>
      {children}
    </a>
  );
}

function renderNode(node: ContentNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...kids] = node;
  const children = kids.length > 0 ? kids.map(renderNode) : undefined;
  switch (tag) {
    case 'a':
      return renderAnchor(props, children, key);
    case 'table':
      return (
        <ScrollTable key={key} props={props} columns={columnNames(kids)}>
          {children}
        </ScrollTable>
      );
    case 'Callout':
      return (
        <Callout key={key} kind={String(props?.kind ?? 'note')}>
          {children}
        </Callout>
      );
    case 'Embed':
      return <Embed key={key} props={props} />;
    default:
      return createElement(tag, { ...props, key }, children);
  }
}

export function ContentBody({ nodes }: { nodes: readonly ContentNode[] }) {
  return <>{nodes.map(renderNode)}</>;
}
