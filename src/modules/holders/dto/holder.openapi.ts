import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Describes, SameShape } from '../../../common/http/responds.js';
import { HOLDER_KINDS, LICENCE_KINDS, ORGANISATION_TYPES, SEXES } from '../holder.entities.js';
import type { LicenceStatus } from '../licence-validity.js';
import type { holderSummary, toHolderResponse } from './holder.dto.js';
import type { toLicenceResponse } from './licence.dto.js';

const LICENCE_STATUSES: LicenceStatus[] = ['active', 'suspended', 'revoked', 'expired', 'not_yet_valid'];

type HolderKind = (typeof HOLDER_KINDS)[number];
type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** A holder as other records show it: a person's name only with holder.personal_data. */
export class HolderSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HOLDER_KINDS, enumName: 'HolderKind' }) kind: HolderKind;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the person is restricted.' }) name: string | null;
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, enumName: 'OrganisationType', nullable: true, description: 'Organisations only.' }) organisationType?: OrganisationType | null;
  @ApiPropertyOptional({ description: 'Present (true) when personal data is withheld from this role.' }) restricted?: boolean;
}
true satisfies Describes<HolderSummaryResponse, ReturnType<typeof holderSummary>>;

/** A holder another record names: only the id when the holder record was not loaded with it. */
export class HolderRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ enum: HOLDER_KINDS, enumName: 'HolderKind' }) kind?: HolderKind;
  @ApiPropertyOptional({ type: String, nullable: true }) name?: string | null;
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, enumName: 'OrganisationType', nullable: true }) organisationType?: OrganisationType | null;
  @ApiPropertyOptional() restricted?: boolean;
}

/**
 * A person or an organisation. A person's details appear only for roles with
 * holder.personal_data; without it the record says `restricted: true` and nothing else.
 */
export class HolderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HOLDER_KINDS, enumName: 'HolderKind' }) kind: HolderKind;
  @ApiProperty({ format: 'uuid' }) registeringAgencyId: string;
  @ApiProperty({ description: 'Known by name only (named on an imported firearm row without a document): to be completed with a document.' }) identifiedByNameOnly: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ description: 'A person whose details this role may not see.' }) restricted?: boolean;
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, enumName: 'OrganisationType', nullable: true, description: 'Organisations.' }) organisationType?: OrganisationType | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Organisations.' }) legalName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Organisations.' }) registrationNumber?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Organisations; ISO 3166-1 alpha-2.' }) country?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) address?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) phone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Persons.' }) familyName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Persons.' }) givenNames?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Persons.' }) birthDate?: string | null;
  @ApiPropertyOptional({ enum: SEXES, enumName: 'Sex', nullable: true, description: 'Persons.' }) sex?: (typeof SEXES)[number] | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Persons; ISO 3166-1 alpha-2.' }) nationality?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Persons.' }) idDocumentType?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Persons.' }) idDocumentNumber?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Persons; ISO 3166-1 alpha-2.' }) idDocumentCountry?: string | null;
}
true satisfies Describes<HolderResponse, ReturnType<typeof toHolderResponse>>;

export class LicenceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: LICENCE_KINDS, enumName: 'LicenceKind' }) kind: (typeof LICENCE_KINDS)[number];
  @ApiProperty({ format: 'uuid' }) holderId: string;
  @ApiProperty({ format: 'uuid' }) issuingAgencyId: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date' }) expiresOn: string;
  @ApiProperty({ enum: LICENCE_STATUSES, enumName: 'LicenceStatus', description: 'On the day of the request: revocation and suspension first, then the dates.' }) status: LicenceStatus;
  @ApiProperty({ type: String, nullable: true }) stateReason: string | null;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: String, nullable: true }) conditions: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', isArray: true, description: 'Firearms the licence covers (on the single licence; empty in lists and after create).' }) firearmIds: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<LicenceResponse, ReturnType<typeof toLicenceResponse>>;
