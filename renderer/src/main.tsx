import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from '../../shared/ipc/client';
import { ClientContext } from './api/use-client';
import { ipcTransport } from './api/ipc-transport';
import { hostSocketUrl, wsTransport } from './api/ws-transport';
import type { CopydeskBridge } from '../../shared/ipc/bridge';
// Bundled TrueType-outline Noto fonts: the UI renders the same on machines without
// Chinese system fonts, and later print pages embed them (no Type 3 fonts).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-serif-sc/400.css';
// Styles by area, in cascade order.
import './styles/base.css';
import './styles/editor.css';
import './styles/panels.css';
import './styles/import.css';
import './styles/proof.css';
import './styles/planner.css';
import './styles/workflow.css';
import './styles/search.css';

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

function boot(): void {
  const root = createRoot(document.getElementById('root')!);
  const bridge = window.copydesk;
  const socketUrl = hostSocketUrl(window.location);
  if (!bridge && !socketUrl) {
    root.render(<p role="alert">无法连接采编台服务：请通过采编台程序或测试主机打开此页面。</p>);
    return;
  }
  const client = createClient(bridge ? ipcTransport(bridge) : wsTransport(socketUrl!));
  root.render(
    <StrictMode>
      <ClientContext.Provider value={client}>
        <App bridge={bridge ?? null} />
      </ClientContext.Provider>
    </StrictMode>,
  );
}

boot();
