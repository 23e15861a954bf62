import { Container, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from './AnchorLink';
import { useIntl } from 'react-intl';

export function NotFoundScreen() {
  const intl = useIntl();
  return (
    <Container component="main" py="xl">
      <Stack>
        <Title order={1}>{intl.formatMessage({ id: 'notFound.title', defaultMessage: 'Page not found' })}</Title>
        <Text>{intl.formatMessage({ id: 'notFound.body', defaultMessage: 'There is no page at this address.' })}</Text>
        <AnchorLink to="/">
          {intl.formatMessage({ id: 'notFound.home', defaultMessage: 'Go to the home page' })}
        </AnchorLink>
      </Stack>
    </Container>
  );
}
