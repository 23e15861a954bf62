import { Modal, type ModalProps } from '@mantine/core';
import { useIntl } from 'react-intl';

/** Mantine's modal with its close button named in the user's language (axe: button-name). */
export function FormModal(props: ModalProps) {
  const intl = useIntl();
  return <Modal closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close', defaultMessage: 'Close' }) }} {...props} />;
}
