import { IsString, Length } from 'class-validator';

/** The body of POST /session. */
export class SessionLoginDto {
  @IsString()
  @Length(1, 256)
  name!: string;

  @IsString()
  @Length(1, 256)
  password!: string;
}
