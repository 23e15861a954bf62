import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { permissionsOf, type Role } from '../../../common/auth/permissions.js';
import type { IssuedTokens } from '../auth.service.js';
import type { User } from '../entities/user.entity.js';

export class SignInRequest {
  @ApiProperty({ example: 'demo.officer' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'Demo-Registry-2026!' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ description: 'At least 12 characters, not containing the username.' })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

export interface ProfileResponse {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  permissions: string[];
  mustChangePassword: boolean;
}

export function toProfile(user: User): ProfileResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    roles: user.roles,
    permissions: [...permissionsOf(user.roles)].sort(),
    mustChangePassword: user.mustChangePassword,
  };
}

export function toTokenResponse(tokens: IssuedTokens) {
  return {
    tokenType: 'Bearer',
    accessToken: tokens.accessToken,
    expiresIn: tokens.expiresIn,
    refreshToken: tokens.refreshToken,
    user: toProfile(tokens.user),
  };
}
