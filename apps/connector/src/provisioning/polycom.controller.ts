import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { AnyContext, Caller } from '../auth/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { PhoneFiles } from './phone-files';
import { PolycomUploads, UPLOAD_LIMIT } from './polycom-uploads';
import { readRawBody, type UploadRequest } from './raw-body';
import { sendProvisioningFile, type FileResponse } from './send-provisioning-file';
import { ApiBody, ApiConsumes, ApiOkResponse } from '../api-docs/openapi-decorators';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiFile } from '../api-docs/api-json';

const UCS_FILE = 'a file of the UC Software folder';

/** Polycom UC Software provisioning: `https://<name>:<password>@<host>/polycom`. */
@AnyContext()
@Controller('polycom')
export class PolycomController {
  constructor(
    private readonly phoneFiles: PhoneFiles,
    private readonly uploads: PolycomUploads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('SoundPointIPLocalization/:dir/:file')
  @ApiFile(UCS_FILE, 'application/octet-stream')
  @ApiErrors(404)
  localization(@Param('dir') dir: string, @Param('file') file: string, @Res() response: FileResponse) {
    return this.send(response, this.phoneFiles.ucsFile('SoundPointIPLocalization', dir, file));
  }

  @Get('Config/:file')
  @ApiFile(UCS_FILE, 'application/octet-stream')
  @ApiErrors(404)
  configuration(@Param('file') file: string, @Res() response: FileResponse) {
    return this.send(response, this.phoneFiles.ucsFile('Config', file));
  }

  @Get('languages/:file')
  @ApiFile(UCS_FILE, 'application/octet-stream')
  @ApiErrors(404)
  language(@Param('file') file: string, @Res() response: FileResponse) {
    return this.send(response, this.phoneFiles.ucsFile('languages', file));
  }

  @Get(':file')
  @ApiFile(
    "`*.ld`, `*.jpg`, `*.wav`, `*.ver` from the UC Software folder; any other name from the caller's own MAC folder",
    'application/octet-stream',
  )
  @ApiErrors(404)
  async file(@Caller() caller: User, @Param('file') file: string, @Res() response: FileResponse) {
    await this.send(response, await this.phoneFiles.polycomFile(caller, file));
  }

  @Put(':file')
  @ApiConsumes('application/octet-stream')
  @ApiBody({
    description: 'a log, override or directory; `*-app.log` is appended, other names replaced',
    schema: { type: 'string', format: 'binary', maxLength: UPLOAD_LIMIT },
  })
  @ApiOkResponse({ description: "stored in the caller's MAC folder" })
  @ApiErrors(400, 403, 404, 413)
  async upload(@Caller() caller: User, @Param('file') file: string, @Req() request: UploadRequest) {
    const target = this.uploads.target(caller, file);
    const body = await readRawBody(request, UPLOAD_LIMIT);
    if (body === 'too-large')
      throw new DomainError('UPLOAD.TOO_LARGE', `uploads are limited to ${UPLOAD_LIMIT} bytes`);
    await this.uploads.save(target, body);
  }

  private send(response: FileResponse, path: string): Promise<void> {
    return sendProvisioningFile(response, this.config.paths.static, path);
  }
}
