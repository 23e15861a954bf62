import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { ChangePasswordScreen } from '../features/session/ChangePasswordScreen';
import { SignInScreen } from '../features/session/SignInScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { parseFirearmListSearch } from '../features/firearms/list-search';
import { parseNewTraceSearch, parseTraceListSearch } from '../features/tracing/list-search';
import { parseTradeListSearch } from '../features/trade/trade-form';
import { parseHolderListSearch } from '../features/holders/list-search';
import { parseCampaignPaging } from '../features/markings/list-search';
import { parseAgencyListSearch, parseReferenceSearch, parseUserListSearch } from '../features/admin/list-search';
import { parseAuditSearch } from '../features/audit/list-search';
import { parseAlertListSearch } from '../features/alerts/list-search';
import { NotFoundScreen } from '../shared/ui/NotFoundScreen';
import type { SessionStore } from './session/session-store';
import { AppShellLayout } from './shell/AppShellLayout';

export interface RouterContext {
  session: SessionStore;
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet, notFoundComponent: NotFoundScreen });

/** Only same-site paths are followed after signing in. */
function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : undefined;
}

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({ redirect: safeRedirect(search.redirect) }),
  component: SignInScreen,
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/change-password',
  beforeLoad: ({ context }) => {
    if (context.session.state().status !== 'signed_in') throw redirect({ to: '/sign-in', search: { redirect: undefined } });
  },
  component: ChangePasswordScreen,
});

/** Every screen behind sign-in; a forced password change comes first. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ context, location }) => {
    const state = context.session.state();
    if (state.status === 'signed_out' || state.status === 'restoring') throw redirect({ to: '/sign-in', search: { redirect: safeRedirect(location.href) } });
    if (state.status === 'signed_in' && state.profile.mustChangePassword) throw redirect({ to: '/change-password' });
  },
  component: AppShellLayout,
});

const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const state = context.session.state();
    // Roles without trace search (administrators) start on the register instead.
    if (state.status === 'signed_in' && !state.profile.permissions.includes('trace.search') && state.profile.permissions.includes('firearm.read')) throw redirect({ to: '/firearms' });
  },
  component: SearchScreen,
});

const firearmsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/firearms',
  validateSearch: parseFirearmListSearch,
  component: lazyRouteComponent(() => import('../features/firearms/FirearmListScreen'), 'FirearmListScreen'),
});

const firearmRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/firearms/$firearmId',
  component: lazyRouteComponent(() => import('../features/firearms/FirearmRecordScreen'), 'FirearmRecordScreen'),
});

const tracingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tracing',
  validateSearch: parseTraceListSearch,
  component: lazyRouteComponent(() => import('../features/tracing/TracingListScreen'), 'TracingListScreen'),
});

/** A new request: received from another state, or ours from a seized item (seizureItemId) or a search hit (firearmId). */
const newTraceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tracing/new',
  validateSearch: parseNewTraceSearch,
  component: lazyRouteComponent(() => import('../features/tracing/NewTraceRequestScreen'), 'NewTraceRequestScreen'),
});

const traceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tracing/$requestId',
  component: lazyRouteComponent(() => import('../features/tracing/TraceRequestScreen'), 'TraceRequestScreen'),
});

const tradeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/trade',
  validateSearch: parseTradeListSearch,
  component: lazyRouteComponent(() => import('../features/trade/TradeLicenceListScreen'), 'TradeLicenceListScreen'),
});

const newTradeLicenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/trade/new',
  component: lazyRouteComponent(() => import('../features/trade/NewTradeLicenceScreen'), 'NewTradeLicenceScreen'),
});

const tradeLicenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/trade/$licenceId',
  component: lazyRouteComponent(() => import('../features/trade/TradeLicenceScreen'), 'TradeLicenceScreen'),
});

const shipmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/trade/shipments/$shipmentId',
  component: lazyRouteComponent(() => import('../features/trade/ShipmentScreen'), 'ShipmentScreen'),
});

const holdersRoute = createRoute({ getParentRoute: () => appRoute, path: '/holders', validateSearch: parseHolderListSearch, component: lazyRouteComponent(() => import('../features/holders/HolderListScreen'), 'HolderListScreen') });
const holderRoute = createRoute({ getParentRoute: () => appRoute, path: '/holders/$holderId', component: lazyRouteComponent(() => import('../features/holders/HolderScreen'), 'HolderScreen') });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/admin/users', validateSearch: parseUserListSearch, component: lazyRouteComponent(() => import('../features/admin/UsersScreen'), 'UsersScreen') });
const agenciesRoute = createRoute({ getParentRoute: () => appRoute, path: '/admin/agencies', validateSearch: parseAgencyListSearch, component: lazyRouteComponent(() => import('../features/admin/AgenciesScreen'), 'AgenciesScreen') });
const referenceRoute = createRoute({ getParentRoute: () => appRoute, path: '/admin/reference', validateSearch: parseReferenceSearch, component: lazyRouteComponent(() => import('../features/admin/ReferenceScreen'), 'ReferenceScreen') });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', validateSearch: parseAuditSearch, component: lazyRouteComponent(() => import('../features/audit/AuditScreen'), 'AuditScreen') });
const retentionRoute = createRoute({ getParentRoute: () => appRoute, path: '/admin/retention', component: lazyRouteComponent(() => import('../features/admin/RetentionScreen'), 'RetentionScreen') });

// Registering and marking (features/register, features/markings).
const registerFirearmRoute = createRoute({ getParentRoute: () => appRoute, path: '/firearms/new', component: lazyRouteComponent(() => import('../features/register/RegisterItemScreen'), 'RegisterFirearmScreen') });
const registerPartRoute = createRoute({ getParentRoute: () => appRoute, path: '/parts/new', component: lazyRouteComponent(() => import('../features/register/RegisterItemScreen'), 'RegisterPartScreen') });
const registerLotRoute = createRoute({ getParentRoute: () => appRoute, path: '/ammunition-lots/new', component: lazyRouteComponent(() => import('../features/register/RegisterLotScreen'), 'RegisterLotScreen') });
const lotRoute = createRoute({ getParentRoute: () => appRoute, path: '/ammunition-lots/$lotId', component: lazyRouteComponent(() => import('../features/register/AmmunitionLotScreen'), 'AmmunitionLotScreen') });
const campaignsRoute = createRoute({ getParentRoute: () => appRoute, path: '/marking-campaigns', validateSearch: parseCampaignPaging, component: lazyRouteComponent(() => import('../features/markings/CampaignListScreen'), 'CampaignListScreen') });
const campaignRoute = createRoute({ getParentRoute: () => appRoute, path: '/marking-campaigns/$campaignId', validateSearch: parseCampaignPaging, component: lazyRouteComponent(() => import('../features/markings/CampaignScreen'), 'CampaignScreen') });
// Casework (features/alerts).
const alertsRoute = createRoute({ getParentRoute: () => appRoute, path: '/alerts', validateSearch: parseAlertListSearch, component: lazyRouteComponent(() => import('../features/alerts/AlertInboxScreen'), 'AlertInboxScreen') });
const caseworkRoutes = [alertsRoute];

const registerRoutes = [registerFirearmRoute, registerPartRoute, registerLotRoute, lotRoute, campaignsRoute, campaignRoute];

export const routeTree = rootRoute.addChildren([
  signInRoute,
  changePasswordRoute,
  appRoute.addChildren([searchRoute, firearmsRoute, firearmRoute, holdersRoute, holderRoute, tracingRoute, newTraceRoute, traceRoute, tradeRoute, newTradeLicenceRoute, tradeLicenceRoute, shipmentRoute, usersRoute, agenciesRoute, referenceRoute, retentionRoute, auditRoute, ...registerRoutes, ...caseworkRoutes]),
]);

export function createAppRouter(context: RouterContext) {
  return createRouter({ routeTree, context, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
