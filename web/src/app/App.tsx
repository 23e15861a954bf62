import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../shared/api/problem';
import { api } from '../shared/api/client';
import { I18nProvider } from '../shared/i18n/I18nProvider';
import { createAppRouter } from './router';
import { SessionProvider } from './session/SessionContext';
import { createSessionStore, type SessionStore } from './session/session-store';
import { cssVariablesResolver, theme } from './theme';

function createQueryClient(onPasswordChangeRequired: () => void) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED') onPasswordChangeRequired();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Refusals are answers, not glitches: only the network and 5xx are retried.
        retry: (failures, error) => failures < 2 && (!(error instanceof ApiError) || error.problem.status === 0 || error.problem.status >= 500),
      },
    },
  });
}


/** The CSP nonce the server puts in index.html: Mantine's runtime <style> elements carry it (no 'unsafe-inline'). */
const styleNonce = () => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
// A modal's scroll lock (react-remove-scroll-bar) adds its own <style>; its nonce comes from get-nonce, which reads this global.
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce();

export function App({ session = defaultSession() }: { session?: SessionStore }) {
  const [{ router, queryClient }] = useState(() => {
    let navigate = () => {};
    const queryClient = createQueryClient(() => navigate());
    const router = createAppRouter({ session, queryClient });
    navigate = () => void router.navigate({ to: '/change-password' });
    // Leaving the session (sign-out, another user) drops every cached answer.
    session.subscribe(() => {
      if (session.state().status === 'signed_out') queryClient.clear();
    });
    return { router, queryClient };
  });
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={styleNonce}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <SessionProvider store={session}>
            <Notifications />
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}

let singleton: SessionStore | null = null;
function defaultSession(): SessionStore {
  singleton ??= createSessionStore(api);
  return singleton;
}
