import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from '../../config/app-config.js';
import { AuditModule } from '../audit/audit.module.js';
import { AccessGuard } from './access.guard.js';
import { AgenciesController } from './agencies.controller.js';
import { AgenciesService } from './agencies.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { FirstAdministrator } from './first-administrator.js';
import { PasswordHasher } from './password-hasher.js';
import { SignInRateLimit } from './sign-in-rate-limit.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuditModule],
  controllers: [AuthController, AgenciesController, UsersController],
  providers: [AuthService, AgenciesService, UsersService, PasswordHasher, SignInRateLimit, FirstAdministrator, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, AgenciesService, UsersService, FirstAdministrator],
})
export class IdentityModule implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly firstAdministrator: FirstAdministrator,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.BOOTSTRAP_ADMIN_USERNAME && this.config.BOOTSTRAP_ADMIN_PASSWORD) {
      await this.firstAdministrator.ensure(this.config.BOOTSTRAP_ADMIN_USERNAME, this.config.BOOTSTRAP_ADMIN_PASSWORD);
    }
  }
}
