import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JsonObject } from '../../../common/database/sql.js';
import type { Describes, SameShape } from '../../../common/http/responds.js';
import { HolderRefResponse, HolderSummaryResponse } from '../../holders/dto/holder.openapi.js';
import { MarkingResponse } from '../../markings/dto/marking.openapi.js';
import { HitAlertResponse } from '../../seizures/dto/seizure.openapi.js';
import { AMMUNITION_STATUSES, ITEM_KINDS, ORIGINS, PART_TYPES, type ItemKind } from '../firearm.entities.js';
import type { AmmunitionController, FirearmsController } from '../firearms.controller.js';
import { FIREARM_STATUSES, LIFECYCLE_EVENT_TYPES, type FirearmStatus, type LifecycleEventType } from '../lifecycle.js';
import type { toAmmunitionResponse, toEventResponse, toFirearmResponse } from './firearm.response.js';

type Answer<C, M extends keyof C> = C[M] extends (...args: never[]) => Promise<infer R> | infer R ? Awaited<R> : never;

export class MakeResponse {
  @ApiProperty({ type: String, nullable: true, description: 'As written on the record or the weapon, always kept.' }) asWritten: string | null;
  @ApiProperty({ type: String, nullable: true }) manufacturerCode: string | null;
  @ApiProperty({ description: 'Written but not resolved to a manufacturer: in the review queue.' }) needsReview: boolean;
}

export class CalibreTextResponse {
  @ApiProperty({ type: String, nullable: true }) asWritten: string | null;
  @ApiProperty({ type: String, nullable: true }) calibreCode: string | null;
}

export class SerialResponse {
  @ApiProperty({ type: String, nullable: true, description: 'As written.' }) asWritten: string | null;
  @ApiProperty({ type: String, nullable: true }) normalised: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'With confusable characters folded, for search.' }) folded: string | null;
}

export class FirearmResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ITEM_KINDS, enumName: 'ItemKind' }) itemKind: ItemKind;
  @ApiProperty({ enum: PART_TYPES, enumName: 'PartType', nullable: true }) partType: (typeof PART_TYPES)[number] | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentFirearmId: string | null;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ type: String, nullable: true }) action: string | null;
  @ApiProperty({ type: MakeResponse }) make: MakeResponse;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ type: CalibreTextResponse }) calibre: CalibreTextResponse;
  @ApiProperty({ type: SerialResponse }) serialNumber: SerialResponse;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) countryOfManufacture: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) yearOfManufacture: number | null;
  @ApiProperty({ type: Number, nullable: true }) barrelLengthMm: number | null;
  @ApiProperty({ enum: ORIGINS, enumName: 'FirearmOrigin' }) origin: (typeof ORIGINS)[number];
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: FIREARM_STATUSES, enumName: 'FirearmStatus' }) status: FirearmStatus;
  @ApiProperty({ enum: ['stolen', 'lost'], nullable: true, description: 'Set when stolen or lost, so no screen can miss it.' }) alert: 'stolen' | 'lost' | null;
  @ApiProperty({ type: HolderSummaryResponse, nullable: true, description: 'Kept through loss, theft and seizure, for tracing.' }) lastLegalHolder: HolderSummaryResponse | null;
  @ApiProperty({ type: HolderSummaryResponse, nullable: true, description: 'The last legal holder while the status is lawful.' }) currentHolder: HolderSummaryResponse | null;
  @ApiProperty({ format: 'uuid' }) registeringAgencyId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedIntoId: string | null;
  @ApiPropertyOptional({ enum: LIFECYCLE_EVENT_TYPES, enumName: 'LifecycleEventType', isArray: true, description: 'Events that may follow now (on the single record).' }) allowedEvents?: LifecycleEventType[];
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<FirearmResponse, ReturnType<typeof toFirearmResponse>>;

export class FirearmEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The firearm or part.' }) recordId: string;
  @ApiProperty({ type: 'integer' }) ordinal: number;
  @ApiProperty({ description: 'A lifecycle event type, or corrected, merged, merged_into.' }) type: string;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty({ type: HolderRefResponse, nullable: true }) holder: HolderRefResponse | null;
  @ApiProperty({ type: HolderRefResponse, nullable: true }) previousHolder: HolderRefResponse | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) licenceId: string | null;
  @ApiProperty({ type: String, nullable: true }) statusBefore: string | null;
  @ApiProperty() statusAfter: string;
  @ApiProperty({ type: [String] }) referenceDocuments: string[];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Event-specific details.' }) details: JsonObject;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}
true satisfies Describes<FirearmEventResponse, ReturnType<typeof toEventResponse>>;

export class AmmunitionLotResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: CalibreTextResponse }) calibre: CalibreTextResponse;
  @ApiProperty({ type: MakeResponse }) make: MakeResponse;
  @ApiProperty({ type: String, nullable: true }) lotNumber: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) yearOfManufacture: number | null;
  @ApiProperty({ type: 'integer' }) quantity: number;
  @ApiProperty({ type: String, nullable: true }) headstamp: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: AMMUNITION_STATUSES, enumName: 'AmmunitionStatus' }) status: (typeof AMMUNITION_STATUSES)[number];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) holderId: string | null;
  @ApiProperty({ format: 'uuid' }) registeringAgencyId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<AmmunitionLotResponse, ReturnType<typeof toAmmunitionResponse>>;
true satisfies Describes<AmmunitionLotResponse, Answer<AmmunitionController, 'get'>>;

/** A new record, with records that look like the same item (same serial and make): listed, not blocked. */
export class FirearmRegisteredResponse extends FirearmResponse {
  @ApiProperty({ type: [FirearmResponse] }) possibleDuplicates: FirearmResponse[];
}
true satisfies Describes<FirearmRegisteredResponse, Answer<FirearmsController, 'create'>>;

/** Where the firearm left the lawful chain: a loss or theft not followed by a return to lawful hands. */
export class PointOfDiversionResponse {
  @ApiProperty({ enum: ['lost', 'stolen'] }) kind: 'lost' | 'stolen';
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ format: 'date' }) occurredOn: string;
}

export class FirearmRecordResponse extends FirearmResponse {
  @ApiProperty({ type: PointOfDiversionResponse, nullable: true }) pointOfDiversion: PointOfDiversionResponse | null;
  @ApiProperty({ description: 'First recorded from a seizure, find or surrender.' }) unregisteredBeforeSeizure: boolean;
  @ApiProperty({ type: [HitAlertResponse] }) openAlerts: HitAlertResponse[];
  @ApiProperty({ type: [FirearmResponse] }) possibleDuplicates: FirearmResponse[];
}
true satisfies Describes<FirearmRecordResponse, Answer<FirearmsController, 'get'>>;

/** The record after an event or a correction, and the event written. */
export class FirearmEventRecordedResponse {
  @ApiProperty({ type: FirearmResponse }) firearm: FirearmResponse;
  @ApiProperty({ type: FirearmEventResponse }) event: FirearmEventResponse;
}
true satisfies Describes<FirearmEventRecordedResponse, Answer<FirearmsController, 'recordEvent'>>;
true satisfies Describes<FirearmEventRecordedResponse, Answer<FirearmsController, 'correct'>>;

export class HolderChainLinkResponse {
  @ApiProperty({ type: HolderRefResponse, nullable: true }) holder: HolderRefResponse | null;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Null for the holder now.' }) until: string | null;
  @ApiProperty({ description: 'The event that made them holder.' }) byEvent: string;
}

/** The full life in one call: timeline, holders in order, current status, last legal holder and point of diversion. */
export class FirearmHistoryResponse {
  @ApiProperty({ type: FirearmResponse }) firearm: FirearmResponse;
  @ApiProperty({ enum: FIREARM_STATUSES, enumName: 'FirearmStatus' }) currentStatus: FirearmStatus;
  @ApiProperty({ type: HolderSummaryResponse, nullable: true }) lastLegalHolder: HolderSummaryResponse | null;
  @ApiProperty({ type: PointOfDiversionResponse, nullable: true }) pointOfDiversion: PointOfDiversionResponse | null;
  @ApiProperty({ type: [HolderChainLinkResponse] }) holderChain: HolderChainLinkResponse[];
  @ApiProperty({ type: [FirearmEventResponse] }) events: FirearmEventResponse[];
  @ApiProperty({ type: [MarkingResponse] }) markings: MarkingResponse[];
  @ApiProperty({ type: 'string', format: 'uuid', isArray: true, description: 'Records merged into this one; their events are in the timeline.' }) mergedRecordIds: string[];
}
true satisfies Describes<FirearmHistoryResponse, Answer<FirearmsController, 'history'>>;
true satisfies Describes<FirearmResponse, Answer<FirearmsController, 'merge'>>;
