import type { SyntheticEvent } from 'react';

const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * Props for a dialog or picker drawn inside the article (the byline and
 * dateline pickers stand in the document's non-editable parts): its clicks,
 * keys and input stop there, so the editor neither takes the focus back on a
 * click into a field (Slate selects the element clicked) nor acts on a key
 * (Tab jumping to a placeholder) while the dialog is being used.
 */
export const OWN_EVENTS = {
  onClick: stop,
  onMouseDown: stop,
  onMouseUp: stop,
  onKeyDown: stop,
  onKeyUp: stop,
  onBeforeInput: stop,
  onInput: stop,
  onCompositionStart: stop,
  onCompositionUpdate: stop,
  onCompositionEnd: stop,
  onPaste: stop,
  onCopy: stop,
  onCut: stop,
  onDrop: stop,
  onDragStart: stop,
  onFocus: stop,
  onBlur: stop,
} as const;
