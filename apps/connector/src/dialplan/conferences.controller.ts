import { Controller, Get, Param } from '@nestjs/common';
import type { ConferencesFilterResponse, ConferencesResponse } from '@fscon/contracts';
import { TeamOnly } from '../auth/auth.decorators';
import { countByContext } from '../common/count-by-context';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { CONFERENCE_FILTERS, filterConferences, type ConferenceFilter } from './queries/conference-filters';

@TeamOnly()
@Controller('api/conferences')
export class ConferencesController {
  constructor(private readonly xmlState: XmlStateReadModel) {}

  @Get()
  all(): ConferencesResponse {
    const { conferences, conferencetypes } = this.xmlState.require();
    return {
      op: 'conferences',
      info: { total: conferences.length, contexts: countByContext(conferences), types: conferencetypes },
      conferences,
    };
  }

  @Get(':filter/:s')
  filtered(@Param('filter') filter: string, @Param('s') s: string): ConferencesFilterResponse {
    const conferences = filterConferences(this.xmlState.require().conferences, conferenceFilter(filter), s);
    return { op: `conferences/${filter}/${s}`, conferences };
  }
}

function conferenceFilter(name: string): ConferenceFilter {
  if (name in CONFERENCE_FILTERS) return name as ConferenceFilter;
  throw new DomainError('ROUTE.NOT_FOUND', `no conference filter ${name}`);
}
