import { all, Text, TextLength } from '../config-files/body-decorators';

/** The body of POST /session. */
export class SessionLoginDto {
  @all(Text('the user name of the directory'), TextLength(1, 256))
  name!: string;

  @all(Text(), TextLength(1, 256))
  password!: string;
}
