import type { ReactNode } from 'react';
import { Node } from 'slate';
import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import type { ArticleElement } from '../core/types';
import { DatelineChip } from './DatelineChip';
import { BylineBlock } from './BylineBlock';
import { AttendeesChip, MentionChip } from './PeopleChips';
import { PhotoBlock } from './PhotoBlock';

/**
 * A headline line. An empty line shows its hint through CSS (`data-empty` and
 * `data-hint` with a ::before rule), not through a child element: changing a
 * line's children while an input method is composing breaks the composition
 * (the pinyin gets committed). The hint is hidden during composition by the
 * `data-composing` attribute on the document (see ArticleDocument).
 */
function line(className: string, testId: string, hint: string) {
  return function Line({ attributes, children, element }: RenderElementProps) {
    return (
      <div
        {...attributes}
        className={className}
        data-testid={testId}
        data-hint={hint}
        data-empty={Node.string(element) === ''}
      >
        {children}
      </div>
    );
  };
}

const Kicker = line('hl hl-kicker', 'line-kicker', '引题');
const Title = line('hl hl-title', 'line-title', '主题（标题）');
const Subtitle = line('hl hl-subtitle', 'line-subtitle', '副题');

function Paragraph({ attributes, children }: RenderElementProps) {
  return (
    <p {...attributes} className="para" data-testid="paragraph">
      {children}
    </p>
  );
}

function Subheading({ attributes, children }: RenderElementProps) {
  return (
    <h3 {...attributes} className="subheading" data-testid="subheading">
      {children}
    </h3>
  );
}

/** How each element type is drawn: one place, keyed by type. */
const REGISTRY: {
  [T in ArticleElement['type']]: (
    props: RenderElementProps & { element: Extract<ArticleElement, { type: T }> },
  ) => ReactNode;
} = {
  kicker: Kicker,
  title: Title,
  subtitle: Subtitle,
  paragraph: Paragraph,
  subheading: Subheading,
  photo: PhotoBlock,
  dateline: DatelineChip,
  byline: BylineBlock,
  person: MentionChip,
  attendees: AttendeesChip,
};

/** Renders an element through the registry. */
export function renderElement(props: RenderElementProps) {
  const Component = REGISTRY[props.element.type] as (p: RenderElementProps) => ReactNode;
  return <Component {...props} />;
}

/**
 * Renders a chunk of top-level blocks (create-article-editor's CHUNK_BLOCKS):
 * the lowest chunks skip layout and paint while off screen
 * (`content-visibility: auto`, styled as .doc-chunk).
 */
export function renderChunk({ attributes, lowest, children }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'doc-chunk' : undefined}>
      {children}
    </div>
  );
}

/** Renders a text leaf: bold, template placeholders highlighted, proofreading findings underlined, 批注 marked. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const noted = leaf.notes && leaf.notes.length > 0;
  const classes = [
    leaf.placeholder ? 'placeholder' : '',
    leaf.proof ? `proof proof-${leaf.proof}` : '',
    noted ? 'note-mark' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span
      {...attributes}
      className={classes || undefined}
      data-placeholder={leaf.placeholder}
      data-proof-rule={leaf.proofRule}
      data-notes={noted ? leaf.notes!.join(' ') : undefined}
    >
      {leaf.bold ? <strong>{children}</strong> : children}
    </span>
  );
}
