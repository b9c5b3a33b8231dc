import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withBody } from './plugins/with-body';
import { withByline } from './plugins/with-byline';
import { withDateline } from './plugins/with-dateline';
import { withHeadlineLines } from './plugins/with-headline-lines';
import { withHeadlineStructure } from './plugins/with-headline-structure';
import { withPeople } from './plugins/with-people';
import { withPlaceholders } from './plugins/with-placeholders';
import { withPhotos } from './plugins/with-photos';
import { withSubheadings } from './plugins/with-subheadings';
import { withTypingOver } from './plugins/with-typing-over';

/**
 * The article plugins, composed in one place. Each wraps the one before, so the
 * outermost runs first, in this order:
 * 1. withHeadlineStructure: one title, kicker above it, subtitle below it.
 * 2. withByline: one byline block at the very end.
 * 3. withBody: a paragraph to type in between the headline stack and the byline.
 * 4. withDateline: the chip only at the start of the lead.
 * 5. withPeople: person mentions and attendee lists only in body blocks.
 * 6. withHeadlineLines: Enter and marks inside headline lines.
 * 7. withPhotos: a photo stays one top-level block; Enter and deletions at
 *    its edges never split it or merge it with a paragraph.
 * 8. withPlaceholders: a caret never rests inside a template placeholder,
 *    and Backspace or Delete at its edge takes it whole.
 * 9. withSubheadings: Enter at the end of a 小标题 starts a paragraph.
 * 10. withTypingOver: typing over a selection through an input method is
 *    one undo step (it reads the history beneath, so it needs withHistory).
 * Each normalizer fixes one thing and returns, and Slate normalizes again, so
 * this order only decides which invariant is settled first: structure before
 * the rules that read it (the dateline finds the lead by the headline stack).
 * withPlaceholders touches no normalizer (it widens selections as they are
 * set), so where it stands does not matter; nor do the last two, which
 * touch no normalizer either.
 */
export function withArticlePlugins<E extends Editor>(editor: E): E {
  return withHeadlineStructure(
    withByline(
      withBody(
        withDateline(
          withPeople(withHeadlineLines(withPhotos(withPlaceholders(withSubheadings(withTypingOver(editor)))))),
        ),
      ),
    ),
  );
}

/** The same plugins without React, for headless use and tests. */
export function createHeadlessEditor(): Editor {
  return withArticlePlugins(withHistory(createEditor()));
}
