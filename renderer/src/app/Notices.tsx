import type { Receipt } from '../../../shared/workflow/submission';

/** How a receipt from the 收稿箱 reads. */
function receiptText(r: Receipt): string {
  const what =
    r.outcome === 'imported'
      ? `收到来稿《${r.title}》（${r.sender}）`
      : r.outcome === 'returned'
        ? `《${r.title}》被退回（${r.sender}），已回到草稿`
        : r.outcome === 'duplicate'
          ? `《${r.title}》已经收过，已忽略`
          : `未通过：${r.file}——${r.message}`;
  return r.outcome !== 'refused' && r.message ? `${what}。${r.message}` : what;
}

/** The app's messages under the bar: receipts from the 收稿箱, an import done, repairs made, and the last error. */
export function Notices(props: {
  receipts: readonly Receipt[];
  onClearReceipts(): void;
  imported: number | null;
  onClearImported(): void;
  notices: readonly string[];
  onDismissNotices(): void;
  error: string | null;
  onClearError(): void;
}) {
  return (
    <>
      {props.receipts.length > 0 && (
        <div className="notices" role="status" data-testid="receipts">
          {props.receipts.map((r, i) => (
            <p key={i} className={r.outcome === 'refused' ? 'error' : undefined}>
              {receiptText(r)}
            </p>
          ))}
          <button type="button" onClick={props.onClearReceipts}>
            知道了
          </button>
        </div>
      )}
      {props.imported !== null && (
        <div className="notices" role="status">
          已导入 {props.imported} 篇稿件，在稿件库中按电头日期列出。
          <button type="button" onClick={props.onClearImported}>
            知道了
          </button>
        </div>
      )}
      {props.notices.length > 0 && (
        <div className="notices" role="status">
          {props.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" onClick={props.onDismissNotices}>
            知道了
          </button>
        </div>
      )}
      {props.error && (
        <div className="error" role="alert">
          {props.error}
          <button type="button" aria-label="关闭提示" onClick={props.onClearError}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
