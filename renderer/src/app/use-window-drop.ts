import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A picture dropped on an open article's text that can be changed: the editor
 * inserts it as a photo where it is dropped (a locked article's text is not
 * editable, so the window takes the drop as any other and it opens nothing).
 */
function isPictureForEditor(event: DragEvent, file: File): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return (
    target !== null &&
    target.closest('[data-slate-editor="true"][contenteditable="true"]') !== null &&
    (file.type.startsWith('image/') || /\.(jpe?g|png|tiff?|webp|heic|heif|svg)$/i.test(file.name))
  );
}

/**
 * Files dropped anywhere on the window go to `onFile` (text dropped into the
 * editor stays the editor's, and so do pictures dropped on an article's text).
 */
export function useWindowDrop(onFile: (file: File) => void): void {
  // The handler as last rendered, so that the window listeners stay put.
  const handler = useRef(onFile);
  useLayoutEffect(() => {
    handler.current = onFile;
  });
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file || isPictureForEditor(event, file)) return;
      event.preventDefault();
      event.stopPropagation();
      handler.current(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
}
