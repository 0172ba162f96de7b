import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { AllowContexts } from '../auth/auth.decorators';
import { RecordingFilesPipe } from './recording-files.pipe';
import type { RecordingsDeleteResponse, RecordingsListResponse } from '@fscon/contracts';
import { RecordingsService } from './recordings.service';
import { sendRecording, type FileResponse } from './send-recording';
import { RECORDINGS_DELETE_RESPONSE_SCHEMA, RECORDINGS_LIST_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiJson } from '../api-docs/api-json';
import { ApiRecording, ApiRecordingFiles } from './recordings.api-docs';

/**
 * Recordings of non-team conferences, for team and friends users. A team recording is answered
 * 404 exactly like a missing one, so these routes never reveal which team recordings exist.
 */
@AllowContexts('team', 'friends')
@Controller('fr')
export class FriendsRecordingsController {
  constructor(private readonly recordings: RecordingsService) {}

  @Get('friendsrec')
  @ApiJson(
    RECORDINGS_LIST_RESPONSE_SCHEMA,
    'the recordings of conferences that are not of the team; op is `friendserc` (sic)',
  )
  async all(): Promise<RecordingsListResponse> {
    return { op: 'friendserc', files: await this.recordings.list('friends') };
  }

  @Get('friendsrec/:file')
  @ApiRecording()
  async download(@Param('file') file: string, @Res() response: FileResponse): Promise<void> {
    await sendRecording(response, await this.recordings.locate('friends', file));
  }

  @Post('delfriendsrec')
  @ApiRecordingFiles()
  @ApiJson(RECORDINGS_DELETE_RESPONSE_SCHEMA, 'the files deleted and those that could not be')
  @HttpCode(200)
  async del(@Body(RecordingFilesPipe) files: string[]): Promise<RecordingsDeleteResponse> {
    return { op: 'delfriendsrec', ...(await this.recordings.delete('friends', files)) };
  }
}
