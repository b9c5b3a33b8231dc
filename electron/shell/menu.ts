import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_KEYS, type MenuCommand } from '../../shared/ipc/channels';

/**
 * The Chinese application menu. Editing items use Electron's roles (undo,
 * redo, cut, copy, paste, select all work in every text field); document
 * commands are sent to the renderer.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator: accelerator ?? `CmdOrCtrl+${COMMAND_KEYS[command]}`,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        item('新建稿件', 'new'),
        item('导入稿件…', 'open'),
        { type: 'separator' },
        item('保存', 'save'),
        item('导出文本…', 'export'),
        { type: 'separator' },
        item('删除稿件', 'delete'),
        { type: 'separator' },
        platform === 'darwin'
          ? { label: '关闭窗口', role: 'close' }
          : { label: '退出', role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: '重做', role: 'redo', accelerator: platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '粘贴为纯文本', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
        { type: 'separator' },
        item('查找…', 'find'),
        item('替换…', 'replace', platform === 'darwin' ? 'Alt+Cmd+F' : undefined),
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    { label: '窗口', submenu: [{ label: '最小化', role: 'minimize' }] },
  ];
  if (platform === 'darwin') {
    template.unshift({
      label: '采编台',
      submenu: [
        { label: '关于采编台', role: 'about' },
        { type: 'separator' },
        { label: '隐藏采编台', role: 'hide' },
        { label: '退出采编台', role: 'quit' },
      ],
    });
  }
  return template;
}
