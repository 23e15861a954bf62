import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ProblemResponse } from '../http/responds.js';
import type { Permission } from './permissions.js';
import type { Actor } from '../context/request-context.js';

export const PERMISSION_KEY = 'registry:permission';
export const PUBLIC_KEY = 'registry:public';
export const PASSWORD_CHANGE_EXEMPT_KEY = 'registry:password-change-exempt';

/** Routes every signed-in user may use whatever their roles (own profile, sign-out). */
export const ANY_SIGNED_IN = 'signed-in' as const;
export type RouteAccess = Permission | typeof ANY_SIGNED_IN;

/** Declares what a route needs; the global guard refuses routes without it. */
export function Permission(permission: RouteAccess) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ProblemResponse(401, 'No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN).'),
    ProblemResponse(403, permission === ANY_SIGNED_IN ? 'Refused (PASSWORD_CHANGE_REQUIRED, PERMISSION_DENIED).' : `Requires permission \`${permission}\` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...).`),
  );
}

export const SignedIn = () => Permission(ANY_SIGNED_IN);

/** No sign-in needed: health, readiness, docs, sign-in and token refresh only. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Reachable while the user must still change a reset password. */
export const PasswordChangeExempt = () => SetMetadata(PASSWORD_CHANGE_EXEMPT_KEY, true);

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
