import { Injectable } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import { WITHOUT_DIRECTORY, type TranslationContext } from '@fscon/live-state';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';

/**
 * What translating FreeSWITCH's events needs from the xmlState: the directory's name of a user id.
 * Rebuilt when the xmlState is replaced; the same object until then.
 */
@Injectable()
export class LiveDirectory {
  private source: XmlState | undefined;
  private names: TranslationContext = WITHOUT_DIRECTORY;

  constructor(private readonly xmlState: XmlStateReadModel) {}

  translation(): TranslationContext {
    const state = this.xmlState.current();
    if (state !== this.source && state !== undefined) {
      this.source = state;
      const byId = new Map(state.users.map((user) => [user.id, user.name]));
      this.names = { directoryName: (id) => byId.get(id) };
    }
    return this.names;
  }
}
