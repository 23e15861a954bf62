import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../../common/auth/permissions.js';
import { PageQuery } from '../../../common/pagination/page.js';
import type { User } from '../entities/user.entity.js';
import { QueryBoolean } from '../../../common/validation/query-boolean.js';

export class CreateUserRequest {
  @ApiProperty({ example: 'fatou.ndiaye', description: 'Letters, digits, dot, dash, underscore; 3–64 characters.' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: 'must be 3–64 letters, digits, dots, dashes or underscores' })
  username: string;

  @ApiProperty({ example: 'Fatou Ndiaye' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiProperty()
  @IsUUID()
  agencyId: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiProperty({ description: 'Initial password; the user must change it at first sign-in.' })
  @IsString()
  @MaxLength(256)
  initialPassword: string;
}

export class UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];
}

export class ReasonRequest {
  @ApiProperty({ example: 'Left the agency' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class ResetPasswordRequest {
  @ApiProperty({ description: 'Temporary password, to be changed at next sign-in.' })
  @IsString()
  @MaxLength(256)
  temporaryPassword: string;
}

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Only disabled (true) or only active (false) users' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'Part of the username or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export interface UserResponse {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  agencyId: string;
  roles: Role[];
  disabled: boolean;
  disabledAt: string | null;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Never the password hash, the token version or the failure counter. */
export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    agencyId: user.agencyId,
    roles: user.roles,
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
