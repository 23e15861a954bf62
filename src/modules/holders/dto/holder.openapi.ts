import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Describes } from '../../../common/http/responds.js';
import { HOLDER_KINDS, ORGANISATION_TYPES } from '../holder.entities.js';
import type { holderSummary } from './holder.dto.js';

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
