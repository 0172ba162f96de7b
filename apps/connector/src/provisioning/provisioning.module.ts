import { Module } from '@nestjs/common';
import { provisioningBaseUrl } from '@fscon/provisioning';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FsProvisioningFileStore } from './fs-provisioning-file-store';
import { LeftoversAtStart } from './leftovers-at-start';
import { LinphoneController } from './linphone.controller';
import { PhoneFiles } from './phone-files';
import { PolycomController } from './polycom.controller';
import { PolycomUploads } from './polycom-uploads';
import { ProvisionAfterXmlStateRebuilt } from './provision-after-xml-state-rebuilt';
import { ProvisioningAdminController } from './provisioning-admin.controller';
import { ProvisioningFileStore } from './provisioning-file-store.port';
import { ProvisioningProjection } from './provisioning-projection';
import { ProvisioningRunner } from './provisioning-runner';
import { loadProvisioningRenderer } from './provisioning-templates';

const projectors = [ProvisionAfterXmlStateRebuilt];

/**
 * Phone provisioning: the files below `paths.static` kept as a projection of the xmlState, the phone
 * routes `/linphone` and `/polycom/**`, and `/api/users/reprov`, `/api/conferences/rebuildcontacts`.
 * Needs APP_CONFIG, XmlStateReadModel and the Journal (all global) and the Digest auth guard.
 * Exports ProvisioningRunner for code that has to wait until the files follow a change.
 */
@Module({
  controllers: [ProvisioningAdminController, LinphoneController, PolycomController],
  providers: [
    {
      provide: ProvisioningFileStore,
      useFactory: (config: AppConfig) => new FsProvisioningFileStore(config.paths.static),
      inject: [APP_CONFIG],
    },
    {
      provide: ProvisioningProjection,
      useFactory: (store: ProvisioningFileStore, config: AppConfig) =>
        new ProvisioningProjection(store, loadProvisioningRenderer(), {
          provisioningUrl: provisioningBaseUrl(config.http.hostname, config.http.port),
        }),
      inject: [ProvisioningFileStore, APP_CONFIG],
    },
    ProvisioningRunner,
    LeftoversAtStart,
    PhoneFiles,
    PolycomUploads,
    ...projectors,
  ],
  exports: [ProvisioningRunner],
})
export class ProvisioningModule {}
