import './zod-without-eval.ts';
// Styles load once, all from the bundle: the app never fetches anything from the internet (self-hosted Inter).
import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('Fant ikke #root i index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
