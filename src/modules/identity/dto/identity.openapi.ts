import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS, ROLES, type Role } from '../../../common/auth/permissions.js';
import type { SameShape } from '../../../common/http/responds.js';
import { AGENCY_TYPES, type AgencyType } from '../entities/agency.entity.js';
import type { toAgencyResponse } from './agency.dto.js';
import type { toProfile, toTokenResponse } from './auth.dto.js';
import type { toUserResponse } from './user.dto.js';

export class AgencyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'PN-DKR' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AGENCY_TYPES, enumName: 'AgencyType' }) type: AgencyType;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<AgencyResponse, ReturnType<typeof toAgencyResponse>>;

/** Never the password hash, the token version or the failure counter. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email: string | null;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles: Role[];
  @ApiProperty() disabled: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt: string | null;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedUntil: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<UserResponse, ReturnType<typeof toUserResponse>>;

/** Who am I: what the interface needs to shape itself by role. */
export class ProfileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles: Role[];
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true, description: 'Effective permissions of the roles, sorted.' }) permissions: string[];
  @ApiProperty() mustChangePassword: boolean;
}
true satisfies SameShape<ProfileResponse, ReturnType<typeof toProfile>>;

export class TokenResponse {
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires.' }) expiresIn: number;
  @ApiProperty({ description: 'Single use: exchanging it at /auth/refresh revokes it.' }) refreshToken: string;
  @ApiProperty({ type: ProfileResponse }) user: ProfileResponse;
}
true satisfies SameShape<TokenResponse, ReturnType<typeof toTokenResponse>>;
