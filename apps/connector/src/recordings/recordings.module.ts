import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FsRecordingStore } from './fs-recording-store';
import { FriendsRecordingsController } from './friends-recordings.controller';
import { RecordingStore } from './recording-store.port';
import { RecordingsController } from './recordings.controller';
import { RecordingsService } from './recordings.service';

/**
 * The recording routes (`/api/recordings/**`, `/fr/friendsrec`, `/fr/delfriendsrec`) over the folder
 * `paths.recordings`. Needs APP_CONFIG and XmlStateReadModel (both global) and the Digest auth guard.
 */
@Module({
  controllers: [RecordingsController, FriendsRecordingsController],
  providers: [
    RecordingsService,
    {
      provide: RecordingStore,
      useFactory: (config: AppConfig) => new FsRecordingStore(config.paths.recordings),
      inject: [APP_CONFIG],
    },
  ],
})
export class RecordingsModule {}
