import { type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

const labels = defineMessages({
  search: { id: 'nav.search', defaultMessage: 'Search' },
  firearms: { id: 'nav.firearms', defaultMessage: 'Firearms' },
  tracing: { id: 'nav.tracing', defaultMessage: 'Tracing requests' },
  trade: { id: 'nav.trade', defaultMessage: 'Trade licences' },
  holders: { id: 'nav.holders', defaultMessage: 'Holders' },
  alerts: { id: 'nav.alerts', defaultMessage: 'Hit alerts' },
  users: { id: 'nav.users', defaultMessage: 'Users' },
  agencies: { id: 'nav.agencies', defaultMessage: 'Agencies' },
  reference: { id: 'nav.reference', defaultMessage: 'Reference data' },
  retention: { id: 'nav.retention', defaultMessage: 'Retention' },
  audit: { id: 'nav.audit', defaultMessage: 'Audit trail' },
});

export interface NavItem {
  to: '/' | '/firearms' | '/holders' | '/alerts' | '/tracing' | '/trade' | '/admin/users' | '/admin/agencies' | '/admin/reference' | '/admin/retention' | '/audit';
  label: MessageDescriptor;
  permission: string;
}

/** The screens of this part; later parts add theirs. A role sees only what it may do. */
const ITEMS: NavItem[] = [
  { to: '/', label: labels.search, permission: 'trace.search' },
  { to: '/firearms', label: labels.firearms, permission: 'firearm.read' },
  { to: '/holders', label: labels.holders, permission: 'holder.read' },
  // Every role reads alerts; the badge counts the open ones addressed to the user's agency.
  { to: '/alerts', label: labels.alerts, permission: 'seizure.read' },
  { to: '/tracing', label: labels.tracing, permission: 'tracing.read' },
  { to: '/trade', label: labels.trade, permission: 'transfer.read' },
  // Administration: the roles that read users (administrator, auditor) read its screens; writes are the administrator's.
  { to: '/admin/users', label: labels.users, permission: 'user.read' },
  { to: '/admin/agencies', label: labels.agencies, permission: 'user.read' },
  { to: '/admin/reference', label: labels.reference, permission: 'user.read' },
  { to: '/admin/retention', label: labels.retention, permission: 'user.read' },
  { to: '/audit', label: labels.audit, permission: 'audit.read' },
];

export function navigationFor(permissions: ReadonlySet<string>): NavItem[] {
  return ITEMS.filter((item) => permissions.has(item.permission));
}
