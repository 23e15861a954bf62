import { Injectable } from '@nestjs/common';
import type { ImportKindHandler, RowCandidate } from './import-kind.js';
import type { ImportKind } from './import.entities.js';
import { FirearmsImport } from './kinds/firearms.import.js';
import { HoldersImport } from './kinds/holders.import.js';
import { LicencesImport } from './kinds/licences.import.js';
import { MarkingsImport } from './kinds/markings.import.js';
import { SeizureItemsImport } from './kinds/seizure-items.import.js';

/** Every import kind and its handler: adding a kind without one fails to compile. */
@Injectable()
export class ImportKinds {
  private readonly handlers: { [K in ImportKind]: ImportKindHandler<RowCandidate, unknown> };

  constructor(firearms: FirearmsImport, holders: HoldersImport, licences: LicencesImport, markings: MarkingsImport, seizureItems: SeizureItemsImport) {
    this.handlers = { firearms, holders, licences, markings, seizure_items: seizureItems };
  }

  of(kind: ImportKind): ImportKindHandler<RowCandidate, unknown> {
    return this.handlers[kind];
  }
}
