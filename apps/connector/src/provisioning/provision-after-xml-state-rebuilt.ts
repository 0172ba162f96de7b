import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Journal } from '../journal/journal';
import { ProvisioningRunner } from './provisioning-runner';

/**
 * Brings the provisioning files up to date after every xmlState rebuild the journal records, without
 * holding the rebuild up.
 */
@Injectable()
export class ProvisionAfterXmlStateRebuilt implements OnModuleInit, OnModuleDestroy {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly journal: Journal,
    private readonly runner: ProvisioningRunner,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.journal.subscribe(({ event }) => {
      // The runner logs a failed run; the next rebuild tries again.
      if (event.type === 'XmlStateRebuilt') this.runner.request('changes').catch(() => undefined);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }
}
