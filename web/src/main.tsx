import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { api } from './shared/api/client';
import { createSessionStore } from './app/session/session-store';

const session = createSessionStore(api);
// A reload or a deep link keeps the session: the refresh token is renewed before the first screen.
void session.restore().finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App session={session} />
    </StrictMode>,
  );
});
