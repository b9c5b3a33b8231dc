import type { Article } from '../../../shared/model/article';
import { STATUS_LABELS } from '../../../shared/model/article';
import type { SaveState } from './hooks/use-article-session';
import { revisionLabel } from '../../../shared/model/article-content';
import { shortcutLabel } from '../../../shared/ipc/channels';

interface Props {
  article: Article;
  dirty: boolean;
  state: SaveState;
  locked: boolean;
  onClose(): void;
  onSave(): void;
  onExport(): void;
  onDelete(): void;
  onTemplate(): void;
  onNote(): void;
  onHistory(which: 'revisions' | 'tracked'): void;
}

/** What the save state reads as in the bar. */
function saveLabel(article: Article, state: SaveState, dirty: boolean): string {
  if (state.kind === 'saving') return '保存中…';
  if (state.kind === 'error') return '保存失败';
  if (state.kind === 'saved' && !dirty) return `已保存（${state.at}）`;
  if (dirty) return '有未保存的修改';
  return `${revisionLabel(article.revision)} · ${STATUS_LABELS[article.status]}`;
}

/** The editor's bar: back, 保存, 导出, 删除, 存为模板, 批注, 修订记录 / 修改痕迹, and where saving stands. */
export function EditorToolbar(props: Props) {
  const { article, dirty, state } = props;
  return (
    <div className="editor-bar">
      <button type="button" onClick={props.onClose}>
        ← 返回稿件库
      </button>
      <button
        type="button"
        className="primary"
        title={`保存（${shortcutLabel('save')}）`}
        aria-keyshortcuts="Control+S"
        onClick={props.onSave}
        disabled={!dirty || state.kind === 'saving'}
      >
        保存
      </button>
      <button type="button" title={`导出（${shortcutLabel('export')}）`} onClick={props.onExport}>
        导出…
      </button>
      <button type="button" title="移到回收站，可从回收站恢复" onClick={props.onDelete}>
        删除
      </button>
      <button type="button" onClick={props.onTemplate}>
        存为模板
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={props.onNote} disabled={props.locked}>
        添加批注
      </button>
      <button type="button" onClick={() => props.onHistory('revisions')}>
        修订记录
      </button>
      {article.origin && (
        <button type="button" onClick={() => props.onHistory('tracked')}>
          修改痕迹
        </button>
      )}
      <span className="status save-state" data-testid="save-state" aria-live="polite">
        {saveLabel(article, state, dirty)}
      </span>
      {state.kind === 'error' && (
        <button type="button" onClick={props.onSave}>
          重试
        </button>
      )}
    </div>
  );
}
