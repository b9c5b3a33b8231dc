import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Byline, Dateline } from '../../../../shared/model/article';
import type { MentionForm } from '../../../../shared/people/model';
import type { PhotoFormat } from '../../../../shared/model/photo';

/**
 * A run of text. `placeholder`, `proof` and `proofRule` are never stored:
 * decorations set them on a template placeholder such as 【主持人】 and on
 * text the proofreader underlines.
 */
export interface TextLeaf {
  text: string;
  bold?: boolean;
  /** The 批注 attached to this run (stored with the article, never exported). */
  notes?: string[];
  placeholder?: true;
  proof?: 'error' | 'warning' | 'info';
  proofRule?: string;
}

/** 引题, 主题, 副题: one line each, no formatting. */
export interface HeadlineElement {
  type: 'kicker' | 'title' | 'subtitle';
  children: TextLeaf[];
}

/** The dateline chip (本报讯 3月18日上午，) at the start of the lead: an inline void. */
export interface DatelineElement {
  type: 'dateline';
  dateline: Dateline;
  children: [{ text: '' }];
}

/**
 * A person from the directory, an inline void: printed with the title on the
 * first mention (as of the article's date) and by name afterwards. Its text
 * is not stored in the node; it is worked out from the whole document (see
 * people.ts), so moving paragraphs or changing the date re-renders it.
 */
export interface PersonElement {
  type: 'person';
  personId: string;
  /** The name when inserted (printed if the person leaves the directory). */
  name: string;
  form: MentionForm;
  children: [{ text: '' }];
}

/** An attendee list (区领导杜建强、薛晓军……，以及…), an inline void printed in protocol order. */
export interface AttendeesElement {
  type: 'attendees';
  prefix: string;
  personIds: string[];
  names: Record<string, string>;
  groups: string[];
  children: [{ text: '' }];
}

/** Inline content of body blocks. */
export type BodyInline = TextLeaf | PersonElement | AttendeesElement;

/** A body paragraph; the lead (first one) may start with the dateline chip. */
export interface ParagraphElement {
  type: 'paragraph';
  children: Array<BodyInline | DatelineElement>;
}

/** A 小标题 inside the body. */
export interface SubheadingElement {
  type: 'subheading';
  children: BodyInline[];
}

/**
 * A photo in the body: the picture (by the stored original's hash, with its
 * format and size in pixels), its credit (本报记者 张三 摄), and, as its text,
 * the 图片说明, typed and proofread like the body.
 */
export interface PhotoElement {
  type: 'photo';
  hash: string;
  format: PhotoFormat;
  width: number;
  height: number;
  credit: string;
  children: TextLeaf[];
}

/** The byline at the end: a void block edited with a picker. */
export interface BylineElement {
  type: 'byline';
  byline: Byline;
  children: [{ text: '' }];
}

/** Every element of the article document. */
export type ArticleElement =
  | HeadlineElement
  | DatelineElement
  | ParagraphElement
  | SubheadingElement
  | PhotoElement
  | BylineElement
  | PersonElement
  | AttendeesElement;

/** Block elements at the top level of the document. */
export type TopElement = HeadlineElement | ParagraphElement | SubheadingElement | PhotoElement | BylineElement;

/** The editor with every plugin applied. */
export type ArticleEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: ArticleEditor;
    Element: ArticleElement;
    Text: TextLeaf;
  }
}
