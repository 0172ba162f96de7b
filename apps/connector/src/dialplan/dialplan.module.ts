import { Module } from '@nestjs/common';
import { ConferencesController } from './conferences.controller';

/** Conference extensions of FreeSWITCH's dialplan. */
@Module({ controllers: [ConferencesController] })
export class DialplanModule {}
