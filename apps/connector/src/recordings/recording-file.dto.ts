import { IsString } from 'class-validator';

/** One element of the body of the delete routes: `{file}` and nothing else. */
export class RecordingFileDto {
  @IsString()
  file!: string;
}
