import { Injectable } from '@nestjs/common';
import type { AuditPage, ConferenceSessionDetail, HistoryPage } from '@fscon/contracts';
import {
  auditEntry,
  conferenceSession,
  sessionParticipant,
  sessionRecording,
  SqliteHistoryStore,
  timelineItem,
  type AuditFilter,
  type ParticipantRow,
  type RowWindow,
  type SessionFilter,
  type SessionRow,
} from '@fscon/history';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';

/** Rows per page of every history and audit list. */
export const PAGE_SIZE = 50;

/** Who asks: the team sees every conference, friends those the current configuration puts outside the team. */
export type HistoryAudience = 'team' | 'friends';

/** A page, or with `all` every matching row (CSV exports). */
export type Paging = number | 'all';

const windowOf = (paging: Paging): RowWindow =>
  paging === 'all' ? { offset: 0 } : { offset: (paging - 1) * PAGE_SIZE, limit: PAGE_SIZE };

/**
 * The history and audit answers from the stored projections. What the journal did not say (the number
 * and context of a conference, whether a caller is a directory user) comes from the current xmlState.
 */
@Injectable()
export class HistoryAnswers {
  constructor(
    private readonly store: SqliteHistoryStore,
    private readonly xmlState: XmlStateReadModel,
  ) {}

  sessions(audience: HistoryAudience, filter: SessionFilter, paging: Paging): HistoryPage {
    const visible = audience === 'friends' ? { conferences: this.friendsConferences() } : {};
    const numbered = filter.name === undefined ? {} : { numberedNow: this.numberedNow(filter.name) };
    const { total, rows } = this.store.reads.sessions(
      { ...filter, ...visible, ...numbered },
      windowOf(paging),
    );
    return {
      op: 'history/conferences',
      page: paging === 'all' ? 1 : paging,
      pageSize: paging === 'all' ? Math.max(rows.length, 1) : PAGE_SIZE,
      total,
      sessions: rows.map((row) => conferenceSession(this.filled(row))),
    };
  }

  /** A session with its members, recordings and timeline; one friends may not see is not found. */
  session(audience: HistoryAudience, id: string): ConferenceSessionDetail {
    const found = this.store.reads.session(id);
    const visible =
      found !== undefined &&
      (audience === 'team' || this.friendsConferences().includes(found.session.conference));
    if (!visible) throw new DomainError('HISTORY.NOT_FOUND', `no conference session ${JSON.stringify(id)}`);
    return {
      ...conferenceSession(this.filled(found.session)),
      members: found.participants.map((row) => sessionParticipant(this.withUser(row))),
      recordingFiles: found.recordings.map(sessionRecording),
      timeline: found.timeline.map(timelineItem),
    };
  }

  audit(filter: AuditFilter, paging: Paging): AuditPage {
    const { total, rows } = this.store.reads.audit(filter, windowOf(paging));
    return {
      op: 'audit',
      page: paging === 'all' ? 1 : paging,
      pageSize: paging === 'all' ? Math.max(rows.length, 1) : PAGE_SIZE,
      total,
      entries: rows.map(auditEntry),
    };
  }

  /** The conferences friends see live: those of the current xmlState outside the team context. */
  private friendsConferences(): string[] {
    const conferences = this.xmlState.current()?.conferences ?? [];
    return conferences
      .filter((conference) => conference.context !== 'team')
      .map((conference) => conference.name);
  }

  /** The conferences whose current number holds `part`, as `filled` gives it to sessions without one. */
  private numberedNow(part: string): string[] {
    const conferences = this.xmlState.current()?.conferences ?? [];
    const lower = part.toLowerCase();
    return conferences.filter((c) => c.num.toLowerCase().includes(lower)).map((c) => c.name);
  }

  private filled(row: SessionRow): SessionRow {
    if (row.context !== null) return row;
    const configured = this.xmlState.current()?.conferences.find((c) => c.name === row.conference);
    return configured === undefined ? row : { ...row, num: configured.num, context: configured.context };
  }

  private withUser(row: ParticipantRow): ParticipantRow {
    if (row.user !== null) return row;
    const known = this.xmlState.current()?.users.some((user) => user.id === row.number);
    return known ? { ...row, user: row.number } : row;
  }
}
