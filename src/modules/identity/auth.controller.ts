import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { PasswordChangeExempt, Public, SignedIn } from '../../common/auth/decorators.js';
import { AuthService, type Principal } from './auth.service.js';
import { UsersService } from './users.service.js';
import { ChangePasswordRequest, RefreshRequest, SignInRequest, toProfile, toTokenResponse } from './dto/auth.dto.js';
import { Responds } from '../../common/http/responds.js';
import { ProfileResponse, TokenResponse } from './dto/identity.openapi.js';

type SignedInRequest = Request & { principal: Principal };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Responds(TokenResponse, { errors: [400, 401, 403, 423, 429] })
  @Post('sign-in')
  @Public()
  @HttpCode(200)
  async signIn(@Body() body: SignInRequest) {
    return toTokenResponse(await this.auth.signIn(body.username, body.password));
  }

  /** Exchanges a refresh token for new tokens; the old refresh token stops working. */
  @Responds(TokenResponse, { errors: [400, 401] })
  @Post('refresh')
  @Public()
  @HttpCode(200)
  async refresh(@Body() body: RefreshRequest) {
    return toTokenResponse(await this.auth.refresh(body.refreshToken));
  }

  @Responds(null, { errors: [] })
  @Post('sign-out')
  @SignedIn()
  @PasswordChangeExempt()
  @HttpCode(204)
  async signOut(@Req() request: SignedInRequest) {
    await this.auth.signOut(request.principal);
  }

  @Responds(null, { errors: [400, 401, 422] })
  @Post('password')
  @SignedIn()
  @PasswordChangeExempt()
  @HttpCode(204)
  async changePassword(@Req() request: SignedInRequest, @Body() body: ChangePasswordRequest) {
    await this.auth.changePassword(request.principal, body.currentPassword, body.newPassword);
  }

  /** Who am I: profile, roles and effective permissions, for the interface to shape itself. */
  @Responds(ProfileResponse)
  @Get('me')
  @SignedIn()
  @PasswordChangeExempt()
  async me(@Req() request: SignedInRequest) {
    return toProfile(await this.users.get(request.principal.userId));
  }
}
