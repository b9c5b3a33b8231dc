/**
 * The id formats of everything the store keeps under a name of its own, in
 * one place. Ids become file names, so an id is accepted only when it matches
 * its format exactly: no dots, slashes or other path characters can get
 * through, whichever way the id arrived (IPC, the CLI, a submission or return
 * file, an issue plan).
 */
export const ID_FORMATS = {
  /** Articles: creation time in base 36, then random characters (the last two pick the shard folder). */
  article: /^[0-9a-z]{16,32}$/,
  /** Issue plans (版面计划). */
  issue: /^[0-9a-z]{8,32}$/,
  /** People in the 人员库. */
  person: /^[0-9a-z]{8,32}$/,
  /** Signed submissions and returns (UUIDs). */
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  /** Templates: a built-in one (`builtin:会议报道`'s slug) or one of the newsroom's own (a UUID). */
  template: /^(builtin:[0-9a-z-]{1,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
  /** Saved searches (保存检索). */
  savedSearch: /^[0-9a-z]{8,32}$/,
} as const;

/** A kind of id. */
export type IdKind = keyof typeof ID_FORMATS;

/** What each kind of id is called in a Chinese message. */
export const ID_LABELS: Record<IdKind, string> = {
  article: '稿件编号',
  issue: '版面计划编号',
  person: '人员编号',
  uuid: '编号',
  template: '模板编号',
  savedSearch: '检索编号',
};

/** True when `id` is a well-formed id of that kind. */
export function isValidId(kind: IdKind, id: unknown): id is string {
  return typeof id === 'string' && ID_FORMATS[kind].test(id);
}
