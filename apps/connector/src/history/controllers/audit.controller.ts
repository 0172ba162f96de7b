import { Controller, Get, Query, Res } from '@nestjs/common';
import { AUDIT_PAGE_SCHEMA, type AuditPage } from '@fscon/contracts';
import { auditCsv } from '@fscon/history';
import { TeamOnly } from '../../auth/auth.decorators';
import { HistoryAnswers } from '../history-answers';
import { auditListQuery } from '../query/history-queries';
import type { RawQuery } from '../query/parse-query';
import { ApiAuditQuery, ApiListQuery } from './history.api-docs';
import { csvDownload, type CsvResponse } from './send-csv';

/** Who changed the configuration and when, refused writes included, for the team. */
@TeamOnly()
@Controller('api/audit')
export class AuditController {
  constructor(private readonly answers: HistoryAnswers) {}

  @Get()
  @ApiAuditQuery()
  @ApiListQuery(AUDIT_PAGE_SCHEMA, 'audit entries, newest first')
  entries(@Query() query: RawQuery, @Res({ passthrough: true }) response: CsvResponse): AuditPage | string {
    const { filter, page, format } = auditListQuery(query);
    if (format === 'json') return this.answers.audit(filter, page);
    return csvDownload(response, 'audit.csv', auditCsv(this.answers.audit(filter, 'all').entries));
  }
}
