import { Element, type Node } from 'slate';
import type { ArticleElement, HeadlineElement, PhotoElement } from './types';

/** Headline element types, in the order they stand. */
export const HEADLINE_TYPES = ['kicker', 'title', 'subtitle'] as const;

/** True for 引题 / 主题 / 副题 elements. */
export function isHeadline(node: Node): node is HeadlineElement {
  return Element.isElement(node) && (HEADLINE_TYPES as readonly string[]).includes(node.type);
}

/** True for an element of the given type. */
export function isType<T extends ArticleElement['type']>(
  node: Node,
  type: T,
): node is Extract<ArticleElement, { type: T }> {
  return Element.isElement(node) && node.type === type;
}

/** True for blocks of the body: paragraphs and 小标题. */
export function isBodyBlock(node: Node): boolean {
  return Element.isElement(node) && (node.type === 'paragraph' || node.type === 'subheading');
}

/** True for a photo block (its text is the 图片说明). */
export function isPhoto(node: Node): node is PhotoElement {
  return Element.isElement(node) && node.type === 'photo';
}
