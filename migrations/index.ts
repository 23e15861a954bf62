import { AuditTrail1795392000000 } from './1795392000000-AuditTrail.js';
import { Identity1795392100000 } from './1795392100000-Identity.js';
import { ReferenceData1795392200000 } from './1795392200000-ReferenceData.js';
import { Register1795392300000 } from './1795392300000-Register.js';
import { Markings1795392400000 } from './1795392400000-Markings.js';
import { Transfers1795392500000 } from './1795392500000-Transfers.js';
import { Seizures1795392600000 } from './1795392600000-Seizures.js';
import { Imports1795392700000 } from './1795392700000-Imports.js';
import { Tracing1795392800000 } from './1795392800000-Tracing.js';
import { ImportKinds1795393000000 } from './1795393000000-ImportKinds.js';
import { HolderDocumentKeys1795393100000 } from './1795393100000-HolderDocumentKeys.js';
import { DryRunKeys1795393300000 } from './1795393300000-DryRunKeys.js';
import { TransitNotices1795420000000 } from './1795420000000-TransitNotices.js';
import { SessionAddressIndex1795430000000 } from './1795430000000-SessionAddressIndex.js';
import { AppRole1795440000000 } from './1795440000000-AppRole.js';
import { AuditSealing1795440100000 } from './1795440100000-AuditSealing.js';
import { ImportLeases1795450000000 } from './1795450000000-ImportLeases.js';
import { ValueAliases1795450100000 } from './1795450100000-ValueAliases.js';
import { ListIndexes1795460000000 } from './1795460000000-ListIndexes.js';
import { HoldersNamedOnFirearmRows1795470100000 } from './1795470100000-HoldersNamedOnFirearmRows.js';
import { AuditWritePath1795470300000 } from './1795470300000-AuditWritePath.js';
import { PermanentReferenceCodes1795470400000 } from './1795470400000-PermanentReferenceCodes.js';
import { ListIndexesCarryMerged1795470500000 } from './1795470500000-ListIndexesCarryMerged.js';

// Migrations in the order they run. Never edit one that has landed: add another.
export const MIGRATIONS: Function[] = [
  AuditTrail1795392000000,
  Identity1795392100000,
  ReferenceData1795392200000,
  Register1795392300000,
  Markings1795392400000,
  Transfers1795392500000,
  Seizures1795392600000,
  Imports1795392700000,
  Tracing1795392800000,
  ImportKinds1795393000000,
  HolderDocumentKeys1795393100000,
  DryRunKeys1795393300000,
  TransitNotices1795420000000,
  SessionAddressIndex1795430000000,
  AppRole1795440000000,
  AuditSealing1795440100000,
  ImportLeases1795450000000,
  ValueAliases1795450100000,
  ListIndexes1795460000000,
  HoldersNamedOnFirearmRows1795470100000,
  AuditWritePath1795470300000,
  PermanentReferenceCodes1795470400000,
  ListIndexesCarryMerged1795470500000,
];
