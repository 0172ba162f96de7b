import { Controller, Get, Param } from '@nestjs/common';
import type { UsersFilterResponse, UsersMatchResponse, UsersResponse } from '@fscon/contracts';
import { countByContext } from '../common/count-by-context';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { filterUsers, matchUsers, USER_FILTERS, type UserFilter } from './queries/user-filters';
import { TeamOnly } from '../auth/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ApiParam } from '../api-docs/openapi-decorators';
import {
  USERS_FILTER_RESPONSE_SCHEMA,
  USERS_MATCH_RESPONSE_SCHEMA,
  USERS_RESPONSE_SCHEMA,
} from '@fscon/contracts';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiJson } from '../api-docs/api-json';

@TeamOnly()
@Controller('api/users')
export class UsersController {
  constructor(private readonly xmlState: XmlStateReadModel) {}

  @Get()
  @ApiJson(USERS_RESPONSE_SCHEMA)
  all(): UsersResponse {
    const { users } = this.xmlState.require();
    return { op: 'users', info: { total: users.length, contexts: countByContext(users) }, users };
  }

  @Get('match/:s')
  @ApiJson(USERS_MATCH_RESPONSE_SCHEMA, 'users whose name, and users whose email, holds s')
  match(@Param('s') s: string): UsersMatchResponse {
    return { op: `users/match/${s}`, ...matchUsers(this.xmlState.require().users, s) };
  }

  @Get(':filter/:s')
  @ApiParam({
    name: 'filter',
    enum: Object.keys(USER_FILTERS),
    description: 'the field whose start matches s (byemail: that holds s)',
  })
  @ApiJson(USERS_FILTER_RESPONSE_SCHEMA, 'the matching users; op is `users/<filter>/<s>`')
  @ApiErrors(404)
  filtered(@Param('filter') filter: string, @Param('s') s: string): UsersFilterResponse {
    return {
      op: `users/${filter}/${s}`,
      users: filterUsers(this.xmlState.require().users, userFilter(filter), s),
    };
  }
}

function userFilter(name: string): UserFilter {
  if (name in USER_FILTERS) return name as UserFilter;
  throw new DomainError('ROUTE.NOT_FOUND', `no user filter ${name}`);
}
