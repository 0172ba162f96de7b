import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ProvisioningFileStore } from './provisioning-file-store.port';
import { removeLeftovers } from './provisioning-owners';

/**
 * At start, before any phone is served or any file written: every temporary file in the phones'
 * folders is what a write cut off by the last process's end left behind, however young.
 */
@Injectable()
export class LeftoversAtStart implements OnModuleInit {
  private readonly logger = new Logger('Provisioning');

  constructor(private readonly store: ProvisioningFileStore) {}

  async onModuleInit(): Promise<void> {
    const removed = await removeLeftovers(this.store, 0);
    if (removed.length > 0) this.logger.warn(`removed ${removed.length} temporary files left behind`);
  }
}
