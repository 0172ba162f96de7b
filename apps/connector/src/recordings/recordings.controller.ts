import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { TeamOnly } from '../auth/auth.decorators';
import { RecordingFilesPipe } from './recording-files.pipe';
import type { RecordingsDeleteResponse, RecordingsListResponse } from '@fscon/contracts';
import { RecordingsService } from './recordings.service';
import { sendRecording, type FileResponse } from './send-recording';

/** Every recording, for the team. */
@TeamOnly()
@Controller('api/recordings')
export class RecordingsController {
  constructor(private readonly recordings: RecordingsService) {}

  @Get()
  async all(): Promise<RecordingsListResponse> {
    return { op: 'api/recordings', files: await this.recordings.list('team') };
  }

  @Get('find/:s')
  async find(@Param('s') s: string): Promise<RecordingsListResponse> {
    return { op: `api/recordings/find/${s}`, files: await this.recordings.find('team', s) };
  }

  @Post('del')
  @HttpCode(200)
  async del(@Body(RecordingFilesPipe) files: string[]): Promise<RecordingsDeleteResponse> {
    return { op: 'api/recordings/del', ...(await this.recordings.delete('team', files)) };
  }

  @Get(':file')
  async download(@Param('file') file: string, @Res() response: FileResponse): Promise<void> {
    await sendRecording(response, await this.recordings.locate('team', file));
  }
}
