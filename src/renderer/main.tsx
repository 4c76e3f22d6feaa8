import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/contract/create-client';
import { App } from './components/app';
import { ConnectionErrorScreen } from './components/connection-error-screen';
import { initI18n } from './i18n/init-i18n';
import './styles/base.css';
import { selectTransport } from './transport/select-transport';

const start = async (): Promise<void> => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  await initI18n();
  const choice = selectTransport(window);
  if (!choice.ok) {
    root.render(<ConnectionErrorScreen reason={choice.reason} />);
    return;
  }
  try {
    await choice.ready;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    root.render(<ConnectionErrorScreen reason="failed" detail={detail} />);
    return;
  }
  root.render(
    <StrictMode>
      <App client={createClient(choice.transport)} />
    </StrictMode>,
  );
};

void start();
