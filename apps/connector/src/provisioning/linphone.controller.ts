import { Controller, Get, Header } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { AnyContext, Caller } from '../auth/auth.decorators';
import { PhoneFiles } from './phone-files';

/** Linphone remote provisioning: `https://<name>:<password>@<host>/linphone`. */
@AnyContext()
@Controller('linphone')
export class LinphoneController {
  constructor(private readonly phoneFiles: PhoneFiles) {}

  @Get()
  @Header('Content-Type', 'application/xml')
  linphone(@Caller() caller: User): Promise<string> {
    return this.phoneFiles.linphone(caller);
  }
}
