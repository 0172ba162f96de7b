import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';

/** Users of FreeSWITCH's directory. */
@Module({ controllers: [UsersController] })
export class DirectoryModule {}
