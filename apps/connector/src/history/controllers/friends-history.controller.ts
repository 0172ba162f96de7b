import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  HISTORY_PAGE_SCHEMA,
  HISTORY_SESSION_RESPONSE_SCHEMA,
  type HistoryPage,
  type HistorySessionResponse,
} from '@fscon/contracts';
import { AllowContexts } from '../../auth/auth.decorators';
import { HistoryAnswers } from '../history-answers';
import type { RawQuery } from '../query/parse-query';
import { ApiListQuery, ApiNameQuery, ApiSession } from './history.api-docs';
import { historyRoutes } from './history-routes';
import type { CsvResponse } from './send-csv';

/**
 * The past runs of the conferences friends see live (those the current configuration puts outside the
 * team context). A team conference's session is answered 404 exactly like a missing one.
 */
@AllowContexts('team', 'friends')
@Controller('fr/history')
export class FriendsHistoryController {
  private readonly routes;

  constructor(answers: HistoryAnswers) {
    this.routes = historyRoutes(answers, 'friends');
  }

  @Get('conferences')
  @ApiNameQuery()
  @ApiListQuery(HISTORY_PAGE_SCHEMA, 'sessions of non-team conferences, newest first')
  conferences(
    @Query() query: RawQuery,
    @Res({ passthrough: true }) response: CsvResponse,
  ): HistoryPage | string {
    return this.routes.list(query, response);
  }

  @Get('conferences/:session')
  @ApiSession(HISTORY_SESSION_RESPONSE_SCHEMA)
  session(
    @Param('session') id: string,
    @Query() query: RawQuery,
    @Res({ passthrough: true }) response: CsvResponse,
  ): HistorySessionResponse | string {
    return this.routes.session(id, query, response);
  }
}
