import { Controller, Get, Param } from '@nestjs/common';
import type { ConferencesFilterResponse, ConferencesResponse } from '@fscon/contracts';
import { TeamOnly } from '../auth/auth.decorators';
import { countByContext } from '../common/count-by-context';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { CONFERENCE_FILTERS, filterConferences, type ConferenceFilter } from './queries/conference-filters';
import { ApiParam } from '../api-docs/openapi-decorators';
import { CONFERENCES_FILTER_RESPONSE_SCHEMA, CONFERENCES_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiJson } from '../api-docs/api-json';

@TeamOnly()
@Controller('api/conferences')
export class ConferencesController {
  constructor(private readonly xmlState: XmlStateReadModel) {}

  @Get()
  @ApiJson(CONFERENCES_RESPONSE_SCHEMA)
  all(): ConferencesResponse {
    const { conferences, conferencetypes } = this.xmlState.require();
    return {
      op: 'conferences',
      info: { total: conferences.length, contexts: countByContext(conferences), types: conferencetypes },
      conferences,
    };
  }

  @Get(':filter/:s')
  @ApiParam({
    name: 'filter',
    enum: Object.keys(CONFERENCE_FILTERS),
    description: 'the field whose start matches s',
  })
  @ApiJson(CONFERENCES_FILTER_RESPONSE_SCHEMA, 'the matching conferences; op is `conferences/<filter>/<s>`')
  @ApiErrors(404)
  filtered(@Param('filter') filter: string, @Param('s') s: string): ConferencesFilterResponse {
    const conferences = filterConferences(this.xmlState.require().conferences, conferenceFilter(filter), s);
    return { op: `conferences/${filter}/${s}`, conferences };
  }
}

function conferenceFilter(name: string): ConferenceFilter {
  if (name in CONFERENCE_FILTERS) return name as ConferenceFilter;
  throw new DomainError('ROUTE.NOT_FOUND', `no conference filter ${name}`);
}
