import { useEffect, useRef, useState } from 'react';
import { useClient } from '../api/use-client';
import { reportToContent } from '../../../shared/format/parse-output';
import { renderHouseText } from '../../../shared/format/house-text';
import type { ParsedReport } from '../../../shared/format/parse-reports';
import type { SimilarArticle } from './DuplicateWarning';

/**
 * 重稿 in an import review: for each report, the archive article its text
 * overlaps with most strongly (none when nothing overlaps strongly). Each
 * report is checked once, when it first appears; `onFound` is told of each
 * one found (the review leaves those unselected).
 */
export function useImportDuplicates(
  drafts: ReadonlyArray<{ key: number; report: ParsedReport }>,
  year: number | null,
  onFound: (key: number) => void,
): ReadonlyMap<number, SimilarArticle> {
  const client = useClient();
  const [found, setFound] = useState<ReadonlyMap<number, SimilarArticle>>(new Map());
  const checked = useRef(new Set<number>());
  const tell = useRef(onFound);
  useEffect(() => {
    tell.current = onFound;
  }, [onFound]);
  // Answers are kept for as long as the review is open. Each report is asked about once, so an
  // answer must not be dropped when the drafts change meanwhile (the first report found is
  // deselected, which changes them while the other answers are still on their way).
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);
  useEffect(() => {
    for (const { key, report } of drafts) {
      if (checked.current.has(key)) continue;
      checked.current.add(key);
      const text = renderHouseText(reportToContent(report, year ?? new Date().getFullYear()));
      client
        .call('search.similar', { text })
        .then(({ similar }) => {
          if (!open.current || similar.length === 0) return;
          setFound((map) => new Map(map).set(key, similar[0]!));
          tell.current(key);
        })
        .catch(() => {
          // The check is advice: an import goes on without it.
        });
    }
  }, [client, drafts, year]);
  return found;
}
