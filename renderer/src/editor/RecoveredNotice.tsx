/** Says that unsaved content kept from before a crash was put back, with the choice to drop it. */
export function RecoveredNotice({
  savedAt,
  onDiscard,
  onDismiss,
}: {
  savedAt: string;
  onDiscard(): void;
  onDismiss(): void;
}) {
  return (
    <p className="notices" role="status" data-testid="recovered">
      已恢复上次未保存的内容（记录于 {new Date(savedAt).toLocaleTimeString('zh-CN', { hour12: false })}
      ），请核对后保存。
      <button type="button" onClick={onDiscard}>
        放弃恢复的内容
      </button>
      <button type="button" onClick={onDismiss}>
        知道了
      </button>
    </p>
  );
}
