import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ProfileForm } from '../../renderer/src/workflow/ProfileForm';

afterEach(cleanup);

describe('ProfileForm', () => {
  // Issue 17: 请填写姓名 stayed on screen after the name was filled.
  it('says 请填写姓名 for an empty name and takes the message away as soon as the name is filled', async () => {
    const onSave = vi.fn(async () => {});
    render(<ProfileForm initial={null} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写姓名');
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '王编辑' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });
});
