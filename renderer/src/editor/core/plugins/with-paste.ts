import { Editor, Transforms } from 'slate';
import { MAX_BODY_CHARS } from '../../../../../shared/model/article';
import { isHeadline, isPhoto } from '../nodes';
import { htmlToBlocks, parseHtml, textToBlocks, type PastedBlock } from '../paste-html';

/** Tells the user why a paste was refused (set by the UI). */
export type PasteProblemListener = (message: string) => void;

const listeners = new WeakMap<Editor, PasteProblemListener>();

/** Registers who is told when a paste is refused. */
export function onPasteProblem(editor: Editor, listener: PasteProblemListener): void {
  listeners.set(editor, listener);
}

/** Takes picture files pasted or dropped into the article (set by the UI, which adds them to the archive). */
export type PhotoFilesListener = (files: File[]) => void;

const photoListeners = new WeakMap<Editor, PhotoFilesListener>();

/** Registers who takes picture files pasted or dropped at the caret. */
export function onPhotoFiles(editor: Editor, listener: PhotoFilesListener): void {
  photoListeners.set(editor, listener);
}

/** Files in a paste or drop that look like pictures (by type or name); the archive checks them for real. */
function pictureFiles(data: DataTransfer): File[] {
  return Array.from(data.files ?? []).filter(
    (file) => file.type.startsWith('image/') || /\.(jpe?g|png|tiff?|webp|heic|heif|svg)$/i.test(file.name),
  );
}

function textLength(blocks: PastedBlock[]): number {
  return blocks.reduce((sum, b) => sum + b.children.reduce((s, c) => s + c.text.length, 0), 0);
}

/**
 * Paste from Word, WPS, web pages or plain text: HTML is reduced to
 * paragraphs, 小标题 and bold (nothing else is carried); plain text is split
 * into paragraphs. Into a headline line only the first line of text goes, as
 * plain text, and into a 图片说明 the lines run on as one. Picture files
 * (pasted from the clipboard or dropped) go to the photo listener. Copy and
 * paste inside the editor keeps Slate's own fragment.
 * A paste longer than an article may be is refused with a message.
 */
export function withPaste<E extends Editor>(editor: E): E {
  const { insertData } = editor as E & { insertData?: (data: DataTransfer) => void };
  const withData = editor as E & { insertData: (data: DataTransfer) => void };
  withData.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment') && insertData) return insertData(data);
    const pictures = pictureFiles(data);
    if (pictures.length > 0) {
      photoListeners.get(editor)?.(pictures);
      return;
    }
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    performance.mark('copydesk:paste:start');
    const parsed = html ? parseHtml(html) : null;
    performance.mark('copydesk:paste:parsed');
    const blocks = parsed ? htmlToBlocks(parsed) : textToBlocks(text);
    performance.mark('copydesk:paste:converted');
    if (blocks.length === 0) return;
    const length = textLength(blocks);
    if (length > MAX_BODY_CHARS) {
      listeners.get(editor)?.(
        `粘贴的内容过长（约 ${length.toLocaleString('zh-CN')} 字），单篇稿件最多 ${MAX_BODY_CHARS.toLocaleString('zh-CN')} 字。请分段粘贴或拆成几篇稿件。`,
      );
      return;
    }
    if (!editor.selection) {
      // No cursor yet (a paste right after the page opened): paste at the end of the body.
      const last = editor.children.length - 2;
      Transforms.select(editor, Editor.end(editor, [Math.max(0, last)]));
    }
    if (Editor.above(editor, { match: (n) => isHeadline(n) })) {
      Transforms.insertText(editor, blocks[0]!.children.map((c) => c.text).join(''));
      return;
    }
    if (Editor.above(editor, { match: isPhoto })) {
      // A caption is one run of text: the lines pasted run on.
      Transforms.insertText(editor, blocks.map((b) => b.children.map((c) => c.text).join('')).join(''));
      return;
    }
    Transforms.insertFragment(editor, blocks);
    performance.mark('copydesk:paste:inserted');
  };
  return editor;
}
