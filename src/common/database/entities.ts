import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { AuditVerification } from '../../modules/audit/audit-verification.entity.js';
import { AmmunitionLot, Firearm, FirearmEvent } from '../../modules/firearms/firearm.entities.js';
import { Holder, Licence, LicenceFirearm } from '../../modules/holders/holder.entities.js';
import { Agency } from '../../modules/identity/entities/agency.entity.js';
import { RefreshToken, UserSession } from '../../modules/identity/entities/session.entity.js';
import { User } from '../../modules/identity/entities/user.entity.js';
import { ImportJob, ImportRowError } from '../../modules/imports/import.entities.js';
import { MARKING_ENTITIES } from '../../modules/markings/marking.entities.js';
import { REFERENCE_ENTITIES } from '../../modules/reference/reference.entities.js';
import { TRANSFER_ENTITIES } from '../../modules/transfers/transfer.entities.js';
import { SEIZURE_ENTITIES } from '../../modules/seizures/seizure.entities.js';
import { TRACING_ENTITIES } from '../../modules/tracing/tracing.entities.js';

// Every entity, listed explicitly: globs load poorly under native ESM and jest,
// and an explicit list lets the entity/migration drift test see them all.
export const ENTITIES: Function[] = [
  AuditEntry,
  AuditVerification,
  Agency,
  User,
  UserSession,
  RefreshToken,
  ...REFERENCE_ENTITIES,
  Holder,
  Licence,
  LicenceFirearm,
  Firearm,
  FirearmEvent,
  AmmunitionLot,
  ...MARKING_ENTITIES,
  ...SEIZURE_ENTITIES,
  ...TRANSFER_ENTITIES,
  ImportJob,
  ImportRowError,
  ...TRACING_ENTITIES,
];
