import { Injectable } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import {
  conferenceLookup,
  WITHOUT_DIRECTORY,
  type ConferenceLookup,
  type TranslationContext,
} from '@fscon/live-state';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';

const NO_CONFERENCES: ConferenceLookup = () => undefined;

/**
 * What the live state needs from the xmlState: the conference of a name (context, type, number) and
 * the directory's name of a user id. Rebuilt when the xmlState is replaced; the same objects until then.
 */
@Injectable()
export class LiveDirectory {
  private source: XmlState | undefined;
  private lookup: ConferenceLookup = NO_CONFERENCES;
  private names: TranslationContext = WITHOUT_DIRECTORY;

  constructor(private readonly xmlState: XmlStateReadModel) {}

  conferences(): ConferenceLookup {
    this.refresh();
    return this.lookup;
  }

  translation(): TranslationContext {
    this.refresh();
    return this.names;
  }

  private refresh(): void {
    const state = this.xmlState.current();
    if (state === this.source || state === undefined) return;
    this.source = state;
    this.lookup = conferenceLookup(state.conferences);
    const byId = new Map(state.users.map((user) => [user.id, user.name]));
    this.names = { directoryName: (id) => byId.get(id) };
  }
}
