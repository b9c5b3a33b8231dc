import { expect, it } from 'vitest';
import { Editor, Transforms, type Descendant, type Location } from 'slate';
import { createHeadlessEditor } from '../../renderer/src/editor/core/create-editor';

/** An editor fixture: a document, where the caret is, what is done, and the document (and caret) expected after. */
export interface EditorFixture {
  name: string;
  input: Descendant[];
  selection?: Location;
  operation: (editor: Editor) => void;
  output: Descendant[];
  /** Where the cursor should end up, if it matters. */
  cursor?: { path: number[]; offset: number };
}

/** One test per fixture, input → operation → output, through every article plugin (normalized first). */
export function itRunsEditorFixtures(fixtures: readonly EditorFixture[]): void {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const editor = createHeadlessEditor();
      editor.children = structuredClone(fixture.input);
      Editor.normalize(editor, { force: true });
      if (fixture.selection) Transforms.select(editor, fixture.selection);
      fixture.operation(editor);
      expect(editor.children).toEqual(fixture.output);
      if (fixture.cursor) expect(editor.selection?.anchor).toEqual(fixture.cursor);
    });
  }
}
