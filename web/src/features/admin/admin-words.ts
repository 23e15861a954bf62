import { defineMessages } from '../../shared/i18n/messages';

export const roleWords = defineMessages({
  admin: { id: 'admin.role.admin', defaultMessage: 'Administrator' },
  registry_officer: { id: 'admin.role.registry_officer', defaultMessage: 'Registry officer' },
  investigator: { id: 'admin.role.investigator', defaultMessage: 'Investigator' },
  auditor: { id: 'admin.role.auditor', defaultMessage: 'Auditor' },
});

export const agencyTypeWords = defineMessages({
  national_firearms_authority: { id: 'admin.agencyType.national_firearms_authority', defaultMessage: 'National firearms authority' },
  police: { id: 'admin.agencyType.police', defaultMessage: 'Police' },
  gendarmerie: { id: 'admin.agencyType.gendarmerie', defaultMessage: 'Gendarmerie' },
  customs: { id: 'admin.agencyType.customs', defaultMessage: 'Customs' },
  border_guard: { id: 'admin.agencyType.border_guard', defaultMessage: 'Border guard' },
  prosecution: { id: 'admin.agencyType.prosecution', defaultMessage: 'Prosecution' },
  judiciary: { id: 'admin.agencyType.judiciary', defaultMessage: 'Judiciary' },
  armed_forces: { id: 'admin.agencyType.armed_forces', defaultMessage: 'Armed forces' },
  forensic_laboratory: { id: 'admin.agencyType.forensic_laboratory', defaultMessage: 'Forensic laboratory' },
  other: { id: 'admin.agencyType.other', defaultMessage: 'Other agency' },
});
