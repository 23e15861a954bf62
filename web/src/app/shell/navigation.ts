import { type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

const labels = defineMessages({
  search: { id: 'nav.search', defaultMessage: 'Search' },
  firearms: { id: 'nav.firearms', defaultMessage: 'Firearms' },
  tracing: { id: 'nav.tracing', defaultMessage: 'Tracing requests' },
  trade: { id: 'nav.trade', defaultMessage: 'Trade licences' },
});

export interface NavItem {
  to: '/' | '/firearms' | '/tracing' | '/trade';
  label: MessageDescriptor;
  permission: string;
}

/** The screens of this part; later parts add theirs. A role sees only what it may do. */
const ITEMS: NavItem[] = [
  { to: '/', label: labels.search, permission: 'trace.search' },
  { to: '/firearms', label: labels.firearms, permission: 'firearm.read' },
  { to: '/tracing', label: labels.tracing, permission: 'tracing.read' },
  { to: '/trade', label: labels.trade, permission: 'transfer.read' },
];

export function navigationFor(permissions: ReadonlySet<string>): NavItem[] {
  return ITEMS.filter((item) => permissions.has(item.permission));
}
