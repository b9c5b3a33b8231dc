/** A stored document before validation. */
export type Doc = Record<string, unknown>;

/**
 * One numbered step of the storage format. Each function is pure: it takes a
 * document of version `to - 1` and returns it at version `to`.
 */
export interface Migration {
  to: number;
  description: string;
  article(doc: Doc): Doc;
  catalogEntry(entry: Doc): Doc;
}
