import { Controller, Get, Header } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { AnyContext, Caller } from '../auth/auth.decorators';
import { PhoneFiles } from './phone-files';
import { ApiFile } from '../api-docs/api-json';

/** Linphone remote provisioning: `https://<name>:<password>@<host>/linphone`. */
@AnyContext()
@Controller('linphone')
export class LinphoneController {
  constructor(private readonly phoneFiles: PhoneFiles) {}

  @Get()
  @ApiFile("the caller's Linphone remote-provisioning XML", 'application/xml')
  @Header('Content-Type', 'application/xml')
  linphone(@Caller() caller: User): Promise<string> {
    return this.phoneFiles.linphone(caller);
  }
}
