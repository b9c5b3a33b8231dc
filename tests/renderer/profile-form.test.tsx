import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ProfileForm } from '../../renderer/src/workflow/ProfileForm';

afterEach(cleanup);

describe('ProfileForm', () => {
  // Issue 17: 请填写姓名 stayed on screen after the name was filled.
  it('says 请填写姓名 for an empty name and takes the message away as soon as the name is filled', async () => {
    const onSave = vi.fn(async () => {});
    render(<ProfileForm initial={null} passphraseSet={false} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写姓名');
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '王编辑' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('the first 值班主任 sets the passphrase, typed twice; it is handed to the save', async () => {
    const onSave = vi.fn(async () => {});
    render(<ProfileForm initial={{ name: '李主任', role: '编辑' }} passphraseSet={false} onSave={onSave} />);
    expect(screen.queryByLabelText('值班主任口令')).toBeNull();
    fireEvent.change(screen.getByLabelText('身份'), { target: { value: '值班主任' } });
    fireEvent.change(screen.getByLabelText('值班主任口令'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请设置值班主任口令（至少 6 个字符）');
    fireEvent.change(screen.getByLabelText('值班主任口令'), { target: { value: '夜班口令一二三' } });
    fireEvent.change(screen.getByLabelText('再次输入口令'), { target: { value: '夜班口令一二' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('两次输入的口令不一致');
    fireEvent.change(screen.getByLabelText('再次输入口令'), { target: { value: '夜班口令一二三' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({ name: '李主任', role: '值班主任' }, '夜班口令一二三');
  });

  it('once set, taking the role asks for the passphrase once; keeping the role asks for nothing', async () => {
    const onSave = vi.fn(async () => {});
    const { unmount } = render(
      <ProfileForm initial={{ name: '王编辑', role: '编辑' }} passphraseSet={true} onSave={onSave} />,
    );
    fireEvent.change(screen.getByLabelText('身份'), { target: { value: '值班主任' } });
    expect(screen.queryByLabelText('再次输入口令')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请输入值班主任口令');
    unmount();
    render(<ProfileForm initial={{ name: '李主任', role: '值班主任' }} passphraseSet={true} onSave={onSave} />);
    expect(screen.queryByLabelText('值班主任口令')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({ name: '李主任', role: '值班主任' }, undefined);
  });
});
