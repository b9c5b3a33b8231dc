/** A stored file that exists but cannot be read as what it should be (bad JSON, truncated, wrong shape). */
export class DamagedFileError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`文件已损坏：${file}（${reason}）`);
    this.name = 'DamagedFileError';
    this.file = file;
  }
}
