import { useLayoutEffect, useRef } from 'react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { onPhotoFiles } from '../core/plugins/with-paste';
import { usePhotoInsert } from '../../photos/use-photo-insert';

/** What the file chooser offers; HEIC and SVG are still refused with a reason if chosen some other way. */
const PICTURE_TYPES = 'image/jpeg,image/png,image/tiff,image/webp,.jpg,.jpeg,.png,.tif,.tiff,.webp';

/**
 * 插入图片 in the document toolbar, and the taker of pictures pasted or
 * dropped into the article: each is added to the archive in the background
 * and inserted after the block the caret is in.
 */
export function PhotoButton() {
  const editor = useSlateStatic();
  const input = useRef<HTMLInputElement>(null);
  const { busy, problem, insertFiles, dismiss } = usePhotoInsert(editor);
  useLayoutEffect(() => onPhotoFiles(editor, (files) => void insertFiles(files)), [editor, insertFiles]);
  return (
    <>
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => input.current?.click()}
        title="插入 JPEG、PNG、TIFF 或 WebP 图片；也可以直接粘贴或拖入图片"
      >
        插入图片
      </button>
      <input
        ref={input}
        type="file"
        accept={PICTURE_TYPES}
        multiple
        hidden
        aria-label="选择图片文件"
        data-testid="photo-file"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) void insertFiles(files).then(() => ReactEditor.focus(editor));
        }}
      />
      {busy > 0 && (
        <span className="status" role="status">
          正在处理图片…
        </span>
      )}
      {problem && (
        <span className="status over photo-problem" role="alert">
          {problem}
          <button type="button" onClick={dismiss} aria-label="关闭图片提示">
            ×
          </button>
        </span>
      )}
    </>
  );
}
