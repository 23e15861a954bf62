import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../../common/auth/decorators.js';
import { pageOf } from '../../common/pagination/page.js';
import { UsersService } from './users.service.js';
import { CreateUserRequest, ReasonRequest, ResetPasswordRequest, UpdateUserRequest, UserListQuery, toUserResponse } from './dto/user.dto.js';
import { Responds } from '../../common/http/responds.js';
import { UserResponse } from './dto/identity.openapi.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Responds(UserResponse, { list: true })
  @Get()
  @Permission('user.read')
  async list(@Query() query: UserListQuery) {
    const [users, total] = await this.users.list(query);
    return pageOf(users, total, query, toUserResponse);
  }

  @Responds(UserResponse)
  @Get(':id')
  @Permission('user.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toUserResponse(await this.users.get(id));
  }

  @Responds(UserResponse)
  @Post()
  @Permission('user.write')
  async create(@Body() body: CreateUserRequest) {
    return toUserResponse(await this.users.create(body));
  }

  @Responds(UserResponse)
  @Patch(':id')
  @Permission('user.write')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateUserRequest) {
    return toUserResponse(await this.users.update(id, body));
  }

  /** Ends the user's sessions at once; their tokens stop working on the next request. */
  @Responds(UserResponse)
  @Post(':id/disable')
  @HttpCode(200)
  @Permission('user.write')
  async disable(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReasonRequest) {
    return toUserResponse(await this.users.disable(id, body.reason));
  }

  @Responds(UserResponse)
  @Post(':id/enable')
  @HttpCode(200)
  @Permission('user.write')
  async enable(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReasonRequest) {
    return toUserResponse(await this.users.enable(id, body.reason));
  }

  @Responds(UserResponse)
  @Post(':id/password-reset')
  @HttpCode(200)
  @Permission('user.write')
  async resetPassword(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ResetPasswordRequest) {
    return toUserResponse(await this.users.resetPassword(id, body.temporaryPassword));
  }
}
