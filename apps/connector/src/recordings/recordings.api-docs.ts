import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiExtraModels,
  ApiPartialContentResponse,
  getSchemaPath,
} from '../api-docs/openapi-decorators';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiFile } from '../api-docs/api-json';
import { RecordingFileDto } from './recording-file.dto';

/** The body of the delete routes: `[{file}]`. */
export const ApiRecordingFiles = () =>
  applyDecorators(
    ApiExtraModels(RecordingFileDto),
    ApiBody({ schema: { type: 'array', items: { $ref: getSchemaPath(RecordingFileDto) } } }),
  );

/** A recording download: the whole file, a range of it, or 416 for a range past its end. */
export const ApiRecording = () =>
  applyDecorators(
    ApiFile('the recording', 'audio/wav'),
    ApiPartialContentResponse({
      description: 'the range asked for (`Range: bytes=...`)',
      content: { 'audio/wav': {} },
    }),
    ApiErrors(404, 416),
  );
