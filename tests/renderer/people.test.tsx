import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PersonSearch } from '../../renderer/src/people/PersonSearch';
import { AttendeesDialog } from '../../renderer/src/people/AttendeesDialog';
import { idOf, sampleDirectory } from '../helpers/sample-directory';

afterEach(cleanup);

const directory = sampleDirectory();

describe('people pickers', () => {
  it('finds people by initials, shows their title on the day, and picks with the keyboard', () => {
    const onPick = vi.fn();
    render(<PersonSearch people={directory.people} date="2020-03-18" label="查找人员" onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: '查找人员' });
    fireEvent.change(box, { target: { value: 'zl' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['张黎 通讯员', '张莉 通讯员']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ name: '张莉' }));
    fireEvent.change(box, { target: { value: 'qs' } });
    expect(screen.getByRole('option').textContent).toBe('乔耸 中原区委书记 · 中原区');
    fireEvent.change(box, { target: { value: 'xyz' } });
    expect(screen.getByRole('listbox').textContent).toBe('人员库中没有找到“xyz”');
  });

  it('does not pick while an input method is composing', () => {
    const onPick = vi.fn();
    render(<PersonSearch people={directory.people} date="2020-03-18" label="查找人员" onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: '查找人员' });
    fireEvent.change(box, { target: { value: 'qs' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    expect(onPick).not.toHaveBeenCalled();
  });

  it('shows the attendee list in protocol order without the chair, with groups after 以及', () => {
    const onDone = vi.fn();
    render(
      <AttendeesDialog
        directory={directory}
        date="2020-03-18"
        chairId={idOf(directory, '乔耸')}
        initial={null}
        onDone={onDone}
      />,
    );
    const box = screen.getByRole('combobox', { name: '添加出席人员' });
    for (const q of ['whb', 'qs', 'djq', 'xxj']) {
      fireEvent.change(box, { target: { value: q } });
      fireEvent.keyDown(box, { key: 'Enter' });
    }
    fireEvent.change(screen.getByLabelText('其他参会单位'), {
      target: { value: '“一办七部”负责同志\n\n 14个街道党政正职 ' },
    });
    expect(screen.getByTestId('attendee-preview').textContent).toBe(
      '区领导杜建强、薛晓军、王海滨，以及“一办七部”负责同志、14个街道党政正职',
    );
    expect(screen.getByText('主持人“乔耸”已在前文出现，不列入名单。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '移除薛晓军' }));
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    // The chair is left out of what is stored too (a chair named as plain text is not seen by the list).
    expect(onDone).toHaveBeenCalledWith({
      prefix: '区领导',
      personIds: [idOf(directory, '王海滨'), idOf(directory, '杜建强')],
      names: {
        [idOf(directory, '王海滨')]: '王海滨',
        [idOf(directory, '杜建强')]: '杜建强',
      },
      groups: ['“一办七部”负责同志', '14个街道党政正职'],
    });
  });
});
