import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { TeamOnly } from '../auth/auth.decorators';
import { RecordingFilesPipe } from './recording-files.pipe';
import type { RecordingsDeleteResponse, RecordingsListResponse } from '@fscon/contracts';
import { RecordingsService } from './recordings.service';
import { sendRecording, type FileResponse } from './send-recording';
import { RECORDINGS_DELETE_RESPONSE_SCHEMA, RECORDINGS_LIST_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiJson } from '../api-docs/api-json';
import { ApiRecording, ApiRecordingFiles } from './recordings.api-docs';

/** Every recording, for the team. */
@TeamOnly()
@Controller('api/recordings')
export class RecordingsController {
  constructor(private readonly recordings: RecordingsService) {}

  @Get()
  @ApiJson(RECORDINGS_LIST_RESPONSE_SCHEMA, 'every recording')
  async all(): Promise<RecordingsListResponse> {
    return { op: 'api/recordings', files: await this.recordings.list('team') };
  }

  @Get('find/:s')
  @ApiJson(RECORDINGS_LIST_RESPONSE_SCHEMA, 'the recordings whose name holds s')
  async find(@Param('s') s: string): Promise<RecordingsListResponse> {
    return { op: `api/recordings/find/${s}`, files: await this.recordings.find('team', s) };
  }

  @Post('del')
  @ApiRecordingFiles()
  @ApiJson(RECORDINGS_DELETE_RESPONSE_SCHEMA, 'the files deleted and those that could not be')
  @HttpCode(200)
  async del(@Body(RecordingFilesPipe) files: string[]): Promise<RecordingsDeleteResponse> {
    return { op: 'api/recordings/del', ...(await this.recordings.delete('team', files)) };
  }

  @Get(':file')
  @ApiRecording()
  async download(@Param('file') file: string, @Res() response: FileResponse): Promise<void> {
    await sendRecording(response, await this.recordings.locate('team', file));
  }
}
