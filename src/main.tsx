import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Diagnostic: `?importProbe` exposes the import worker client (see workers/import-probe.ts).
if (new URLSearchParams(window.location.search).has('importProbe')) {
  void import('./workers/import-probe').then((probe) => probe.installImportProbe());
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
