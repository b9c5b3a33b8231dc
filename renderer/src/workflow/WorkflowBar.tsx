import { useState } from 'react';
import { useNotify } from '../app/notify';
import { STATUS_LABELS, type Article } from '../../../shared/model/article';
import { isLocked, transitionsFrom, type TransitionRule } from '../../../shared/workflow/transitions';
import { useClient } from '../api/use-client';
import { formatMoment } from '../display-format';
import { downloadBytes } from '../file-io';
import { useProfile } from './profile-context';
import { DuplicateWarning, type SimilarArticle } from '../search/DuplicateWarning';
import { SimilarDialog } from '../search/SimilarDialog';
import { StepConfirm } from './StepConfirm';

/**
 * The steps asked about before they are taken, with what the question says:
 * neither can be taken back by the one who takes them (退回 asks for its note,
 * which is its confirmation).
 */
const CONFIRMED_STEPS: Readonly<Record<string, string>> = {
  投稿: '投稿后稿件发往编辑部，在退回之前不能再修改。确定投稿吗？',
  签发: '签发后稿件锁定，只有值班主任重新打开才能修改。确定签发吗？',
};

/**
 * 稿件流程: the article's status, where it came from, the steps the user's
 * role may take from here (投稿, 开始编辑, 送签, 签发, 排版, 见报, 退回 and
 * 重新打开, the last two asking for a note), and the record of every step.
 * A step saves the article first. Signed-off copy says it is locked.
 */
export function WorkflowBar({
  article,
  beforeStep,
  onArticle,
}: {
  article: Article;
  /** Saves what is typed and gives the article as saved; null when it could not be saved (the step is then not taken). */
  beforeStep(): Promise<Article | null>;
  onArticle(article: Article): void;
}) {
  const client = useClient();
  const notify = useNotify();
  const { profile } = useProfile();
  const [asking, setAsking] = useState<TransitionRule | null>(null);
  const [note, setNote] = useState('');
  const [showHistory, setShowHistory] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [similarOpen, setSimilarOpen] = useState(false);
  const [duplicates, setDuplicates] = useState<{ rule: TransitionRule; similar: SimilarArticle[] } | null>(null);
  const [confirming, setConfirming] = useState<TransitionRule | null>(null);
  const steps = profile ? transitionsFrom(article.status, profile.role) : [];

  const take = async (rule: TransitionRule, text: string, passphrase?: string) => {
    const current = await beforeStep();
    if (!current) return;
    try {
      if (rule.to === 'submitted' && rule.action === '投稿') {
        const { article: next, file } = await client.call('submissions.submit', {
          id: current.id,
          baseRevision: current.revision,
        });
        // Without a 投稿箱 folder, the signed file is offered to be sent by hand.
        if (!file.path) downloadBytes(file.fileName, file.data, 'application/octet-stream');
        setDone(
          file.path ? `已投稿，投稿文件已写入 ${file.path}` : `已投稿，请把投稿文件“${file.fileName}”发给编辑部。`,
        );
        onArticle(next);
      } else {
        const { article: next, returnFile } = await client.call('articles.transition', {
          id: current.id,
          baseRevision: current.revision,
          to: rule.to,
          note: text,
          passphrase,
        });
        if (returnFile && !returnFile.path)
          downloadBytes(returnFile.fileName, returnFile.data, 'application/octet-stream');
        setDone(
          returnFile
            ? returnFile.path
              ? `已退回，退回文件已写入 ${returnFile.path}`
              : `已退回，请把退回文件“${returnFile.fileName}”发给作者。`
            : `已${rule.action}`,
        );
        onArticle(next);
      }
      setAsking(null);
      setConfirming(null);
      setNote('');
    } catch (error) {
      notify.fail(error);
    }
  };

  /** 送签 and 签发 look for the same story in the archive first (重稿) and ask before going on. */
  const step = async (rule: TransitionRule) => {
    if (rule.to === 'pending' || rule.to === 'signed') {
      try {
        const { similar } = await client.call('search.similar', { id: article.id });
        if (similar.length > 0) {
          setDuplicates({ rule, similar });
          return;
        }
      } catch (error) {
        notify.fail(error, '重稿检查未能完成');
      }
    }
    proceed(rule);
  };

  /** 投稿 and 签发 cannot be undone by the one who takes them: they are asked first; other steps go at once. */
  const proceed = (rule: TransitionRule) => {
    if (CONFIRMED_STEPS[rule.action]) setConfirming(rule);
    else void take(rule, '');
  };

  return (
    <div className="workflow-bar" role="region" aria-label="稿件流程">
      <span className={isLocked(article.status) ? 'status over' : 'status'} data-testid="article-status">
        {STATUS_LABELS[article.status]}
        {isLocked(article.status) && '（已锁定）'}
      </span>
      {article.origin && (
        <span className="status" data-testid="origin">
          来稿：{article.origin.sender.role} {article.origin.sender.name}，{formatMoment(article.origin.receivedAt)}{' '}
          收到
          {article.origin.firstSight && <strong className="over">（发件人首次见到即接受，请核对密钥指纹）</strong>}
        </span>
      )}
      {steps.map((rule) => (
        <button
          key={rule.action}
          type="button"
          className={rule.action === '签发' ? 'primary' : undefined}
          onClick={() => (rule.noteRequired ? setAsking(rule) : void step(rule))}
        >
          {rule.action}
        </button>
      ))}
      {!profile && <span className="muted">在“设置”中填写姓名和身份后，才能投稿、编辑和签发。</span>}
      <button type="button" onClick={() => setSimilarOpen(true)}>
        相似稿件
      </button>
      {similarOpen && <SimilarDialog source={{ id: article.id }} onClose={() => setSimilarOpen(false)} />}
      <button type="button" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
        流程记录（{article.history.length}）
      </button>
      {done && (
        <span role="status" className="status">
          {done}
        </span>
      )}
      {duplicates && (
        <DuplicateWarning
          articleId={article.id}
          action={duplicates.rule.action}
          similar={duplicates.similar}
          onProceed={() => {
            setDuplicates(null);
            proceed(duplicates.rule);
          }}
          onCancel={() => setDuplicates(null)}
        />
      )}
      {confirming && (
        <StepConfirm
          rule={confirming}
          question={CONFIRMED_STEPS[confirming.action]!}
          onConfirm={(passphrase) => void take(confirming, '', passphrase)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {asking && (
        <form
          className="find-bar"
          aria-label={`${asking.action}意见`}
          onSubmit={(e) => {
            e.preventDefault();
            void take(asking, note);
          }}
        >
          <textarea
            aria-label={asking.action === '退回' ? '退回意见' : '原因'}
            rows={2}
            cols={40}
            value={note}
            placeholder={asking.action === '退回' ? '写明退回意见，作者会看到' : '写明原因'}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" className="primary" disabled={!note.trim()}>
            确定{asking.action}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            取消
          </button>
        </form>
      )}
      {showHistory && (
        <ol className="history" aria-label="流程记录">
          {article.history.length === 0 && <li className="muted">还没有流程记录。</li>}
          {article.history.map((h, i) => (
            <li key={i}>
              {formatMoment(h.at)} {h.role} {h.by} {h.action}：{STATUS_LABELS[h.from]} → {STATUS_LABELS[h.to]}
              {h.note && `（${h.note}）`}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
