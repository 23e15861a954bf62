import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Describes, SameShape } from '../../../common/http/responds.js';
import { HolderRefResponse } from '../../holders/dto/holder.openapi.js';
import { ALERT_STATES, DISPOSAL_TYPES, ITEM_STATES, PERSON_ROLES, SEIZED_ITEM_KINDS, SEIZURE_CONTEXTS, SEIZURE_TYPES, SERIAL_LEGIBILITIES, type DisposalType, type ItemState, type SeizedItemKind, type SeizureType } from '../seizure.entities.js';
import type { toHitAlertResponse } from '../hit-alerts.js';
import type { SeizureItemsController, SeizuresController, StorageFacilitiesController } from '../seizures.controller.js';
import type { toCustodyStepResponse, toDisposalResponse, toSeizureItemResponse, toSeizurePersonResponse, toSeizureResponse, toStorageFacilityResponse } from './seizure.response.js';

type Answer<C, M extends keyof C> = C[M] extends (...args: never[]) => Promise<infer R> | infer R ? Awaited<R> : never;
const uuidOrNull = { type: String, format: 'uuid', nullable: true } as const;
const textOrNull = { type: String, nullable: true } as const;

/** Raised when a firearm reported lost or stolen shows up again; addressed to the reporting agency. */
export class HitAlertResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) firearmId: string;
  @ApiProperty({ enum: ALERT_STATES, enumName: 'HitAlertState' }) state: (typeof ALERT_STATES)[number];
  @ApiProperty({ enum: ['lost', 'stolen'] }) statusBefore: 'lost' | 'stolen';
  @ApiProperty({ format: 'uuid' }) triggerEventId: string;
  @ApiProperty() triggerEventType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reportEventId: string | null;
  @ApiProperty({ format: 'uuid' }) addressedAgencyId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seizureId: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) acknowledgedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgementNote: string | null;
}
true satisfies SameShape<HitAlertResponse, ReturnType<typeof toHitAlertResponse>>;

export class StorageFacilityResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty(textOrNull) region: string | null;
  @ApiProperty(textOrNull) locality: string | null;
  @ApiProperty(textOrNull) address: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<StorageFacilityResponse, ReturnType<typeof toStorageFacilityResponse>>;

/** One link of the chain of custody; the open step (releasedAt null) is where the item is now. */
export class CustodyStepResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ type: 'integer' }) ordinal: number;
  @ApiProperty(uuidOrNull) previousStepId: string | null;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ ...uuidOrNull, description: 'The user who handed the item over; null for the first step.' }) handedOverBy: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who holds the item.' }) custodianId: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) releasedAt: string | null;
  @ApiProperty({ enum: ['handover', 'disposal'], nullable: true }) closedBy: 'handover' | 'disposal' | null;
  @ApiProperty({ type: [String] }) sealNumbers: string[];
  @ApiProperty(textOrNull) condition: string | null;
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty(uuidOrNull) recordedBy: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
true satisfies SameShape<CustodyStepResponse, ReturnType<typeof toCustodyStepResponse>>;

export class DisposalResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ enum: DISPOSAL_TYPES, enumName: 'DisposalType' }) type: DisposalType;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty(textOrNull) place: string | null;
  @ApiProperty(textOrNull) method: string | null;
  @ApiProperty({ type: [String] }) witnesses: string[];
  @ApiProperty(textOrNull) certificateNumber: string | null;
  @ApiProperty(textOrNull) verifyingAuthority: string | null;
  @ApiProperty(uuidOrNull) holderId: string | null;
  @ApiProperty(uuidOrNull) receivingAgencyId: string | null;
  @ApiProperty(textOrNull) stateMarking: string | null;
  @ApiProperty(textOrNull) authorisation: string | null;
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty(uuidOrNull) recordedBy: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
true satisfies SameShape<DisposalResponse, ReturnType<typeof toDisposalResponse>>;

class SeizedCalibreResponse {
  @ApiProperty(textOrNull) asWritten: string | null;
  @ApiProperty(textOrNull) calibreCode: string | null;
}

export class SeizedAmmunitionResponse {
  @ApiProperty({ type: SeizedCalibreResponse }) calibre: SeizedCalibreResponse;
  @ApiProperty(textOrNull) make: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) quantity: number | null;
  @ApiProperty(textOrNull) lotNumber: string | null;
  @ApiProperty(textOrNull) headstamp: string | null;
}

export class SeizureItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) seizureId: string;
  @ApiProperty({ type: 'integer' }) ordinal: number;
  @ApiProperty({ enum: SEIZED_ITEM_KINDS, enumName: 'SeizedItemKind' }) kind: SeizedItemKind;
  @ApiProperty(uuidOrNull) firearmId: string | null;
  @ApiProperty() registeredBeforeSeizure: boolean;
  @ApiProperty(textOrNull) markingsText: string | null;
  @ApiProperty({ enum: SERIAL_LEGIBILITIES, nullable: true }) serialLegibility: (typeof SERIAL_LEGIBILITIES)[number] | null;
  @ApiProperty(textOrNull) description: string | null;
  @ApiProperty({ type: SeizedAmmunitionResponse, nullable: true, description: 'Ammunition items only.' }) ammunition: SeizedAmmunitionResponse | null;
  @ApiProperty({ enum: ITEM_STATES, enumName: 'SeizedItemState' }) state: ItemState;
  @ApiPropertyOptional({ type: CustodyStepResponse, nullable: true, description: 'Where the item is now (on the case, the item and inventories).' }) currentCustody?: CustodyStepResponse | null;
  @ApiPropertyOptional({ type: DisposalResponse, nullable: true, description: 'On the case and the item.' }) disposal?: DisposalResponse | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<SeizureItemResponse, ReturnType<typeof toSeizureItemResponse>>;

/** Sex, age and nationality always (the IAFQ breakdown); birth year, notes and the holder's identity only with holder.personal_data. */
export class SeizurePersonResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) seizureId: string;
  @ApiProperty({ enum: PERSON_ROLES, enumName: 'SeizurePersonRole' }) role: (typeof PERSON_ROLES)[number];
  @ApiProperty({ enum: ['female', 'male', 'unknown'], nullable: true }) sex: 'female' | 'male' | 'unknown' | null;
  @ApiProperty({ type: 'integer', nullable: true }) age: number | null;
  @ApiProperty(textOrNull) nationality: string | null;
  @ApiProperty({ type: HolderRefResponse, nullable: true }) holder: HolderRefResponse | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) birthYear?: number | null;
  @ApiPropertyOptional(textOrNull) notes?: string | null;
  @ApiPropertyOptional({ description: 'Present (true) when personal data is withheld from this role.' }) restricted?: boolean;
}
true satisfies Describes<SeizurePersonResponse, ReturnType<typeof toSeizurePersonResponse>>;

export class SeizurePlaceResponse {
  @ApiProperty(textOrNull) region: string | null;
  @ApiProperty(textOrNull) locality: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
}

export class SeizureResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: SEIZURE_TYPES, enumName: 'SeizureType' }) type: SeizureType;
  @ApiProperty({ enum: SEIZURE_CONTEXTS, enumName: 'SeizureContext' }) context: (typeof SEIZURE_CONTEXTS)[number];
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: SeizurePlaceResponse }) place: SeizurePlaceResponse;
  @ApiProperty({ format: 'uuid' }) seizingAgencyId: string;
  @ApiProperty() seizingOfficer: string;
  @ApiProperty(textOrNull) campaign: string | null;
  @ApiProperty(textOrNull) criminalCaseNumber: string | null;
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty(uuidOrNull) recordedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<SeizureResponse, ReturnType<typeof toSeizureResponse>>;

/** The case with its items (their custody and disposal), persons and the hit alerts it raised. */
export class SeizureDetailResponse extends SeizureResponse {
  @ApiProperty({ type: [SeizureItemResponse] }) items: SeizureItemResponse[];
  @ApiProperty({ type: [SeizurePersonResponse] }) persons: SeizurePersonResponse[];
  @ApiProperty({ type: [HitAlertResponse] }) hitAlerts: HitAlertResponse[];
}
true satisfies Describes<SeizureDetailResponse, Answer<SeizuresController, 'get'>>;

export class SeizureItemDetailResponse extends SeizureItemResponse {
  @ApiProperty({ type: [CustodyStepResponse], description: 'The whole chain, in order.' }) custodyChain: CustodyStepResponse[];
}
true satisfies Describes<SeizureItemDetailResponse, Answer<SeizureItemsController, 'get'>>;

export class CustodyStepRecordedResponse {
  @ApiProperty({ type: SeizureItemResponse }) item: SeizureItemResponse;
  @ApiProperty({ type: CustodyStepResponse }) step: CustodyStepResponse;
}
true satisfies Describes<CustodyStepRecordedResponse, Answer<SeizureItemsController, 'addCustodyStep'>>;

export class DisposalRecordedResponse {
  @ApiProperty({ type: SeizureItemResponse }) item: SeizureItemResponse;
  @ApiProperty({ type: DisposalResponse }) disposal: DisposalResponse;
}
true satisfies Describes<DisposalRecordedResponse, Answer<SeizureItemsController, 'dispose'>>;

export class InventoryItemResponse extends SeizureItemResponse {
  @ApiProperty() seizureReference: string;
}
true satisfies Describes<{ items: InventoryItemResponse[] }, Pick<Answer<StorageFacilitiesController, 'inventory'>, 'items'>>;
