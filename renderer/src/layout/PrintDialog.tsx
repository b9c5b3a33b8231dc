import { useEffect, useRef, useState } from 'react';
import { Problem } from '../app/Problem';
import { errorMessage } from '../app/notify';
import type { PrintJobStatus } from '../../../shared/ipc/contract';
import { useClient } from '../api/use-client';
import { downloadBytes } from '../file-io';
import { preflightWarning } from '../../../shared/layout/preflight';

/** How often a running job is asked where it is. */
const POLL_MS = 250;

/**
 * 导出 PDF: prints an issue plan (every page, or one) to one PDF in the
 * background, with a progress bar and 取消. The file is offered only when
 * the job has finished, so a cancelled or failed export leaves no file.
 */
export function PrintDialog({
  issueId,
  pages,
  title,
  onClose,
}: {
  issueId: string;
  /** Page numbers to print; all pages when absent. */
  pages?: number[];
  title: string;
  onClose(): void;
}) {
  const client = useClient();
  const [bleed, setBleed] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<PrintJobStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const live = useRef(true);
  // Reports on these pages that are not signed off or still have proofreading errors, named before printing.
  const [warning, setWarning] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    client.call('print.check', { issueId, pages }).then(
      ({ items }) => current && setWarning(preflightWarning(items)),
      () => undefined, // the check is advice: printing itself reports what stops it
    );
    return () => {
      current = false;
    };
  }, [client, issueId, pages]);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!jobId) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = async () => {
      try {
        const next = await client.call('print.status', { jobId });
        if (!live.current) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else if (next.state === 'done') {
          const result = await client.call('print.result', { jobId });
          downloadBytes(result.fileName, result.data, result.mimeType);
        }
      } catch (error) {
        if (live.current) setProblem(errorMessage(error));
      }
    };
    void poll();
    return () => {
      if (timer) clearTimeout(timer);
    };
  }, [client, jobId]);

  const start = async () => {
    setProblem(null);
    setStatus(null);
    try {
      const { jobId: id } = await client.call('print.start', { issueId, pages, bleed });
      setJobId(id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const running = status?.state === 'running' || (jobId !== null && status === null);
  return (
    <div className="dialog" role="dialog" aria-label="导出 PDF">
      <h2>导出 PDF：{title}</h2>
      <label>
        <input type="checkbox" checked={bleed} disabled={running} onChange={(e) => setBleed(e.target.checked)} />加 3
        毫米出血和裁切线（交印刷厂）
      </label>
      {status && (
        <div className="print-progress">
          <progress aria-label="导出进度" max={status.total} value={status.done} />
          <p role="status">{status.message}</p>
        </div>
      )}
      {warning && !status && (
        <p role="alert" className="error" data-testid="print-warning">
          请先核对：{warning}
        </p>
      )}
      <Problem message={problem} />
      {status?.state === 'failed' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
      <div className="form-row">
        {running ? (
          <button
            type="button"
            onClick={() => {
              if (jobId) void client.call('print.cancel', { jobId }).catch(() => undefined);
            }}
          >
            取消导出
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void start()}>
            {status?.state === 'done' ? '再次导出' : warning ? '仍然导出' : '开始导出'}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            if (running && jobId) void client.call('print.cancel', { jobId }).catch(() => undefined);
            onClose();
          }}
        >
          关闭
        </button>
      </div>
    </div>
  );
}
