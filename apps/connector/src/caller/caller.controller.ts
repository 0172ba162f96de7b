import { Controller, Get } from '@nestjs/common';
import type { FriendXmlResponse, PubXmlResponse, User, UserInfoResponse } from '@fscon/contracts';
import { AllowContexts, Caller } from '../auth/auth.decorators';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import {
  FRIEND_XML_RESPONSE_SCHEMA,
  PUB_XML_RESPONSE_SCHEMA,
  USER_INFO_RESPONSE_SCHEMA,
} from '@fscon/contracts';
import { ApiJson } from '../api-docs/api-json';

/** What every authenticated user may read about themselves and the parts of the system they may see. */
@Controller()
export class CallerController {
  constructor(private readonly xmlState: XmlStateReadModel) {}

  @AllowContexts('team', 'friends', 'public')
  @Get('userinfo')
  @ApiJson(
    USER_INFO_RESPONSE_SCHEMA,
    "the caller's user, with the globals `wss_binding` and `internal_tls_port`",
  )
  userinfo(@Caller() caller: User): UserInfoResponse {
    const { globals } = this.xmlState.require();
    return {
      ...caller,
      wss_binding: globals.wss_binding ?? '',
      internal_tls_port: globals.internal_tls_port ?? '',
    };
  }

  @AllowContexts('team', 'friends')
  @Get('friendxml')
  @ApiJson(
    FRIEND_XML_RESPONSE_SCHEMA,
    'every user (without secrets) and the conferences that are not of the team',
  )
  friendxml(): FriendXmlResponse {
    const { users, conferences, conferencetypes } = this.xmlState.require();
    return {
      op: '/friendxml',
      state: {
        users: users.map(({ name, id, email, context }) => ({ name, id, email, context })),
        conferences: conferences.filter((conference) => conference.context !== 'team'),
        conferencetypes,
      },
    };
  }

  @AllowContexts('team', 'friends', 'public')
  @Get('pubxml')
  @ApiJson(PUB_XML_RESPONSE_SCHEMA, 'every user (name, id, context) and the public conferences')
  pubxml(): PubXmlResponse {
    const { users, conferences, conferencetypes } = this.xmlState.require();
    return {
      op: '/pubxml',
      state: {
        users: users.map(({ name, id, context }) => ({ name, id, context })),
        conferences: conferences.filter((conference) => conference.context === 'public'),
        conferencetypes,
      },
    };
  }
}
