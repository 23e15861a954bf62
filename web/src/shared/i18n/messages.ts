import type { MessageDescriptor } from 'react-intl';

/**
 * react-intl's defineMessages, without its value-type inference (which types every
 * message's values as `{}` here). Same name, so `formatjs extract` finds the messages.
 */
export function defineMessages<K extends string>(messages: Record<K, MessageDescriptor & { id: string; defaultMessage: string }>): Record<K, MessageDescriptor & { id: string; defaultMessage: string }> {
  return messages;
}
