import { Module } from '@nestjs/common';
import { CallerController } from './caller.controller';

/** Routes every authenticated user may call about themselves and what their context may see. */
@Module({ controllers: [CallerController] })
export class CallerModule {}
