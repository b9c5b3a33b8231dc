import { useState } from 'react';

/** What an export is asked for. */
export interface ExportChoice {
  format: 'txt' | 'docx' | 'html';
  encoding: 'utf-8' | 'gb18030' | 'gbk';
  lineEnding: 'lf' | 'crlf';
}

/** The last choice, kept for the next export in this window (the desk exports the same way all day). */
let remembered: ExportChoice = { format: 'txt', encoding: 'utf-8', lineEnding: 'lf' };

/** 导出: house-format text (with its encoding and line ends for 方正 software), Word or web HTML. */
export function ExportDialog({ onExport, onCancel }: { onExport(choice: ExportChoice): void; onCancel(): void }) {
  const [choice, setChoice] = useState<ExportChoice>(remembered);
  return (
    <form
      className="find-bar"
      aria-label="导出"
      onSubmit={(e) => {
        e.preventDefault();
        remembered = choice;
        onExport(choice);
      }}
    >
      <label>
        格式
        <select
          aria-label="导出格式"
          value={choice.format}
          onChange={(e) => setChoice({ ...choice, format: e.target.value as ExportChoice['format'] })}
        >
          <option value="txt">版面格式文本（.txt）</option>
          <option value="docx">Word（.docx）</option>
          <option value="html">网页（.html）</option>
        </select>
      </label>
      {choice.format === 'txt' && (
        <>
          <label>
            编码
            <select
              aria-label="文本编码"
              value={choice.encoding}
              onChange={(e) => setChoice({ ...choice, encoding: e.target.value as ExportChoice['encoding'] })}
            >
              <option value="utf-8">UTF-8</option>
              <option value="gb18030">GB18030（方正等排版软件）</option>
              <option value="gbk">GBK（旧版软件）</option>
            </select>
          </label>
          <label>
            换行
            <select
              aria-label="换行符"
              value={choice.lineEnding}
              onChange={(e) => setChoice({ ...choice, lineEnding: e.target.value as ExportChoice['lineEnding'] })}
            >
              <option value="lf">LF</option>
              <option value="crlf">CRLF（Windows）</option>
            </select>
          </label>
        </>
      )}
      <button type="submit" className="primary">
        导出
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}
