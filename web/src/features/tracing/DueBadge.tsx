import { Badge, Group, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { daysUntilDue, dueState } from './due';

/**
 * The due date and, while an answer is awaited, how it stands: overdue in a filled
 * dark red, due soon in dark orange (both AA under white text), on time quiet.
 */
export function DueBadge({ request, now }: { request: { status: string; dueAt: string | null; overdue?: boolean }; now: Date }) {
  const intl = useIntl();
  const state = dueState(request, now);
  if (!request.dueAt) return <Text span size="sm" c="dimmed">{intl.formatMessage({ id: 'tracing.due.none', defaultMessage: 'No due date' })}</Text>;
  const days = daysUntilDue(request.dueAt, now);
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm">
        {intl.formatDate(request.dueAt, { dateStyle: 'medium', timeZone: 'UTC' })}
      </Text>
      {state === 'overdue' ? (
        <Badge color="red.9" variant="filled" radius="sm" tt="none">
          {intl.formatMessage({ id: 'tracing.due.overdue', defaultMessage: '{days, plural, =0 {Overdue} one {Overdue by # day} other {Overdue by # days}}' }, { days: Math.max(0, -days) })}
        </Badge>
      ) : state === 'due_soon' ? (
        <Badge color="#9c3500" variant="filled" radius="sm" tt="none">
          {intl.formatMessage({ id: 'tracing.due.soon', defaultMessage: '{days, plural, =0 {Due today} one {Due tomorrow} other {Due in # days}}' }, { days })}
        </Badge>
      ) : null}
    </Group>
  );
}
