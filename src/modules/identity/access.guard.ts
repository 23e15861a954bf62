import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ANY_SIGNED_IN, PASSWORD_CHANGE_EXEMPT_KEY, PERMISSION_KEY, PUBLIC_KEY, type RouteAccess } from '../../common/auth/decorators.js';
import { permissionsOf, type Permission } from '../../common/auth/permissions.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuthService, type Principal } from './auth.service.js';

/**
 * The global guard: deny by default. A route must be marked @Public() or declare
 * a @Permission(); anything else is refused, so a new endpoint that forgets its
 * declaration is closed, not open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(PERMISSION_KEY, targets);

    const request = context.switchToHttp().getRequest<Request & { principal?: Principal; actor?: Principal }>();
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new DomainError('AUTHENTICATION_REQUIRED', 'Sign in and send the access token as "Authorization: Bearer <token>".');
    const principal = await this.auth.authenticate(header.slice('Bearer '.length).trim());
    request.principal = principal;
    request.actor = principal;
    RequestContext.setActor(principal);

    if (!access) throw new DomainError('PERMISSION_DENIED', 'This route declares no permission, so it is closed to everyone.');
    if (principal.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_EXEMPT_KEY, targets)) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Your password was reset: change it (POST /auth/password) before doing anything else.');
    }
    if (access !== ANY_SIGNED_IN && !permissionsOf(principal.roles).has(access as Permission)) {
      throw new DomainError('PERMISSION_DENIED', `Your roles do not grant the permission "${access}".`);
    }
    return true;
  }
}
