import { createProofreader } from '../../../shared/proof/engine';
import { indexDirectory, type DirectoryIndex } from '../../../shared/people/directory';
import type { Person } from '../../../shared/people/model';
import type { GlossaryEntry } from '../../../shared/proof/glossary';
import type { ProofBlock } from '../../../shared/proof/blocks';
import type { Finding } from '../../../shared/proof/finding';

/**
 * What the editor sends the proofreading thread: the directory and the word
 * list when they change (they are large and rarely change, so they are not
 * sent with every check), and the article's blocks to check.
 */
export type ProofRequest =
  | { type: 'people'; people: readonly Person[] | null }
  | { type: 'glossary'; entries: readonly GlossaryEntry[] | null }
  | { type: 'check'; id: number; blocks: readonly ProofBlock[]; date: string; placeholders: readonly string[] };

/** The findings of check `id`. */
export interface ProofReply {
  id: number;
  findings: Finding[];
}

/**
 * The proofreading thread's side: one block-cached proofreader and the
 * context it reads with. Run inside the Web Worker (proof-worker.ts), and in
 * the page itself where no worker can start.
 */
export function createProofThread() {
  const proofreader = createProofreader();
  let directory: DirectoryIndex | undefined;
  let glossary: readonly GlossaryEntry[] | undefined;
  let placeholders: readonly string[] = [];
  return {
    /** Takes a request; a check is answered, context is only kept. */
    receive(request: ProofRequest): ProofReply | null {
      if (request.type === 'people') {
        directory = request.people ? indexDirectory(request.people) : undefined;
        return null;
      }
      if (request.type === 'glossary') {
        glossary = request.entries ?? undefined;
        return null;
      }
      // The proofreader keeps its per-block results while the context's parts are the same objects.
      if (placeholders.join('\u0000') !== request.placeholders.join('\u0000')) placeholders = request.placeholders;
      const context = { date: request.date, directory, glossary, placeholders };
      return { id: request.id, findings: proofreader.check(request.blocks, context) };
    },
  };
}
