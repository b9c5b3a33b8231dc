import type { LeaveQuestion } from './hooks/use-leave-guard';

/** Asked when the article could not be saved on the way out: stay, keep the text as a new article, or discard it. */
export function LeaveDialog({ question }: { question: LeaveQuestion }) {
  return (
    <div className="find-bar" role="alertdialog" aria-label="未能保存">
      <span>{question.message.replace(/[。．.]$/u, '')}。离开前请选择：</span>
      <button type="button" className="primary" onClick={() => question.answer('copy')}>
        另存为新稿并离开
      </button>
      <button type="button" onClick={() => question.answer('discard')}>
        放弃修改并离开
      </button>
      <button type="button" onClick={() => question.answer('stay')}>
        留在此处
      </button>
    </div>
  );
}
