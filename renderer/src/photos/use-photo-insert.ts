import { useCallback, useState } from 'react';
import type { Editor } from 'slate';
import { MAX_PHOTO_BYTES } from '../../../shared/model/photo';
import { creditFor, prefilledCaption } from '../../../shared/model/photo';
import { useClient } from '../api/use-client';
import { insertPhoto } from '../editor/core/photos';

/** A file's bytes as base64 (read off the main thread by the browser). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`无法读取文件 ${file.name}。`));
    reader.readAsDataURL(file);
  });
}

/** Where adding pictures stands: how many are being added, and the last refusal. */
export interface PhotoInsertState {
  busy: number;
  problem: string | null;
}

/**
 * Adds picture files (from 插入图片, a paste or a drop) to the archive and
 * inserts each as a photo at the caret, its caption and credit prefilled
 * from the picture's own metadata. The file is read and checked in the
 * background: typing goes on meanwhile. A refused file (HEIC, SVG, damaged,
 * too large…) leaves the article as it was and says why, in Chinese.
 */
export function usePhotoInsert(editor: Editor): PhotoInsertState & {
  insertFiles(files: readonly File[]): Promise<void>;
  dismiss(): void;
} {
  const client = useClient();
  const [busy, setBusy] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const insertFiles = useCallback(
    async (files: readonly File[]) => {
      setProblem(null);
      for (const file of files) {
        if (file.size > MAX_PHOTO_BYTES) {
          setProblem(
            `${file.name}：图片文件太大（${Math.round(file.size / 1024 / 1024)} MB），单张图片最多 ${MAX_PHOTO_BYTES / 1024 / 1024} MB。`,
          );
          continue;
        }
        setBusy((n) => n + 1);
        try {
          const { info, metadata } = await client.call('photos.add', { data: await base64Of(file) });
          insertPhoto(editor, info, prefilledCaption(metadata), metadata.credit ? creditFor(metadata.credit) : '');
        } catch (error) {
          setProblem(`${file.name}：${error instanceof Error ? error.message : String(error)}`);
        } finally {
          setBusy((n) => n - 1);
        }
      }
    },
    [client, editor],
  );
  const dismiss = useCallback(() => setProblem(null), []);
  return { busy, problem, insertFiles, dismiss };
}
