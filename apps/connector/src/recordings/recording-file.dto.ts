import { Text } from '../config-files/body-decorators';

/** One element of the body of the delete routes: `{file}` and nothing else. */
export class RecordingFileDto {
  @Text('a plain file name in the recordings folder: no `/`, no `..`')
  file!: string;
}
