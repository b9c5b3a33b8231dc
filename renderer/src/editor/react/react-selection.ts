/**
 * Workaround for React's selection bookkeeping on a large editable
 * (https://github.com/facebook/react/pull/9992): before every commit, when
 * the focused element is a contenteditable, React walks every text node of
 * it to turn the page's selection into character offsets, which it uses only
 * to restore the selection if the commit moved the focus. In a
 * 100,000-character article that walk costs tens of milliseconds on every
 * keystroke and every save. React recognises an editable by reading its
 * `contentEditable` property; on the article's root element that property
 * reads `inherit` to JavaScript, while the attribute (which the browser, Slate
 * and the tests go by) stays `true`. Slate keeps and restores the selection
 * itself, so nothing is lost. Returns the call that undoes it.
 */
export function hideEditableFromReactSelection(element: HTMLElement): () => void {
  const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
  if (!own?.get || !own.set) return () => {};
  const { get, set } = own;
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value);
    },
  });
  return () => {
    delete (element as { contentEditable?: string }).contentEditable;
  };
}
