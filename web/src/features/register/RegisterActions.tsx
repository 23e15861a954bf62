import { Button, Group, Menu } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { ButtonLink } from '../tracing/ButtonLink';

/** The firearm list's entry points: registering (only for roles that may) and the marking campaigns. */
export function RegisterActions() {
  const intl = useIntl();
  const permissions = usePermissions();
  return (
    <Group gap="xs">
      {permissions.has('marking.read') ? (
        <ButtonLink to="/marking-campaigns" variant="default">
          {intl.formatMessage({ id: 'register.campaigns', defaultMessage: 'Marking campaigns' })}
        </ButtonLink>
      ) : null}
      {permissions.has('firearm.write') ? (
        <>
          <ButtonLink to="/firearms/new">{intl.formatMessage({ id: 'register.action', defaultMessage: 'Register a firearm' })}</ButtonLink>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{intl.formatMessage({ id: 'register.more', defaultMessage: 'Register a part or lot' })}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component={Link} to="/parts/new">
                {intl.formatMessage({ id: 'register.part.title', defaultMessage: 'Register a part or component' })}
              </Menu.Item>
              <Menu.Item component={Link} to="/ammunition-lots/new">
                {intl.formatMessage({ id: 'register.lot.title', defaultMessage: 'Register an ammunition lot' })}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </>
      ) : null}
    </Group>
  );
}
