import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readStoredLanguage } from '../i18n/language-storage';
import { initPreviewI18n } from './init-preview-i18n';
import { PreviewRoot } from './preview-root';
import { readEmbeddedModel } from './read-embedded-model';
import '../styles/base.css';
import './preview.css';

/** The element the site renders into, made when the page has none. */
const mountPoint = (): HTMLElement => {
  const found = document.getElementById('atelier-preview');
  if (found) return found;
  const created = document.createElement('div');
  created.id = 'atelier-preview';
  document.body.append(created);
  return created;
};

const start = async (): Promise<void> => {
  await initPreviewI18n(readStoredLanguage());
  createRoot(mountPoint()).render(
    <StrictMode>
      <PreviewRoot initial={readEmbeddedModel(document)} />
    </StrictMode>,
  );
};

// The shell may put this script in <head>: the model and the mount point come later.
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
else void start();
