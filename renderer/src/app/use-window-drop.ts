import { useEffect, useLayoutEffect, useRef } from 'react';

/** Files dropped anywhere on the window go to `onFile` (text dropped into the editor stays the editor's). */
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
      if (!file) return;
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
