import { Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DomainError } from '../common/domain-error';
import { RecordingFileDto } from './recording-file.dto';

const SHAPE = 'the body must be a JSON array of objects {"file": "<name>.wav"}';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messagesOf(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...messagesOf(error.children ?? []),
  ]);
}

function problemsOf(element: unknown): string[] {
  if (!isPlainObject(element)) return ['must be an object {file}'];
  const dto = plainToInstance(RecordingFileDto, element);
  return messagesOf(
    validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true }),
  );
}

/** Checks a body `[{file}]` and yields the file names; any other shape is a 400 naming every problem. */
@Injectable()
export class RecordingFilesPipe implements PipeTransform<unknown, string[]> {
  transform(body: unknown): string[] {
    if (!Array.isArray(body)) throw new DomainError('RECORDING.INVALID', SHAPE);
    const problems = body.flatMap((element, index) =>
      problemsOf(element).map((problem) => `[${index}] ${problem}`),
    );
    if (problems.length > 0) throw new DomainError('RECORDING.INVALID', `${SHAPE}: ${problems.join('; ')}`);
    return body.map((element: RecordingFileDto) => element.file);
  }
}
