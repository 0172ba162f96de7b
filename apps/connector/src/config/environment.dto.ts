import { IsIP, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { LOG_LEVELS, type LogLevelName } from '../logging/log-levels';

const RANGE = /^\d+-\d+$/;
const RANGE_MESSAGE = '$property must look like FIRST-LAST, e.g. 20000-20999';
const PORT_OR_OFF = /^(off|0|[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/;

/** Every environment variable the connector reads, with its default. Nothing else reads process.env. */
export class EnvironmentVariables {
  @IsString() @IsNotEmpty() FSIP = '127.0.0.1';
  @Type(() => Number) @IsInt() @Min(1) @Max(65535) FSPORT = 8021;
  @IsString() @IsNotEmpty() FSPW = 'ClueCon';
  @IsString() @IsNotEmpty() SWITCHCONF = '/etc/freeswitch';
  @IsString() @IsNotEmpty() RECPATH = '/recordings';
  @IsString() @IsNotEmpty() STATICPATH = '/static';
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) FASTIPORT = 443;
  @IsIP() FASTIIP = '0.0.0.0';
  @IsString() @IsNotEmpty() CONHOSTNAME = 'localhost';
  @IsOptional() @IsString() FASTICERT = '/etc/freeswitch/tls/fullchain.pem';
  @IsOptional() @IsString() FASTIKEY = '/etc/freeswitch/tls/privkey.pem';
  @Matches(RANGE, { message: RANGE_MESSAGE }) TEAM_USERS = '20000-20999';
  @Matches(RANGE, { message: RANGE_MESSAGE }) FRIENDS_USERS = '21000-21999';
  @Matches(RANGE, { message: RANGE_MESSAGE }) PUBLIC_USERS = '22000-22999';
  @Matches(RANGE, { message: RANGE_MESSAGE }) TEAM_CONFERENCES = '30000-30999';
  @Matches(RANGE, { message: RANGE_MESSAGE }) FRIENDS_CONFERENCES = '31000-31999';
  @Matches(RANGE, { message: RANGE_MESSAGE }) PUBLIC_CONFERENCES = '32000-32999';
  @Type(() => Number) @IsInt() @Min(100) @Max(120000) ESL_TIMEOUT_MS = 10000;
  @Type(() => Number) @IsInt() @Min(100) @Max(600000) ESL_LAG_PROBE_MS = 2000;
  @Type(() => Number) @IsInt() @Min(100) @Max(3600000) ESL_LAG_MAX_MS = 5000;
  @Type(() => Number) @IsInt() @Min(10) @Max(3600000) LIVE_PING_MS = 30000;
  @Type(() => Number) @IsInt() @Min(0) @Max(86400000) LIVE_RECONCILE_MS = 60000;
  @Type(() => Number) @IsInt() @Min(1) @Max(1000000) LIVE_REPLAY_DELTAS = 10000;
  @Type(() => Number) @IsInt() @Min(65536) @Max(1073741824) LIVE_REPLAY_BYTES = 16777216;
  @Type(() => Number) @IsInt() @Min(1) @Max(10000000) LIVE_RESUME_ENTRIES = 5000;
  @Type(() => Number) @IsInt() @Min(65536) @Max(1073741824) LIVE_QUEUE_BYTES = 4194304;
  @Type(() => Number) @IsInt() @Min(1) @Max(1000) LIVE_INVITES_PER_MINUTE = 5;
  @Type(() => Number) @IsInt() @Min(1) @Max(300) LIVE_INVITE_RING_SECONDS = 30;
  /** Unset: `journal.sqlite` in STATICPATH. */
  @IsOptional() @IsString() @IsNotEmpty() JOURNAL_PATH?: string = undefined;
  @Type(() => Number) @IsInt() @Min(1) @Max(3650) JOURNAL_RETENTION_DAYS = 7;
  @Type(() => Number) @IsInt() @Min(1048576) @Max(1099511627776) JOURNAL_MAX_BYTES = 1073741824;
  /** Unset: the journal is the SQLite file at JOURNAL_PATH. */
  @IsOptional() @IsString() @IsNotEmpty() NATS_URL?: string = undefined;
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: '$property must be 1 to 64 letters, digits, _ or -' })
  NATS_STREAM = 'fscon';
  @Type(() => Number) @IsInt() @Min(1) @Max(36500) HISTORY_RETENTION_DAYS = 365;
  @IsIn(LOG_LEVELS, { message: `$property must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevelName = 'info';
  @IsIP() METRICS_HOST = '127.0.0.1';
  @Matches(PORT_OR_OFF, { message: '$property must be a port from 0 to 65535, or off' }) METRICS_PORT =
    '9464';
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]+$/, { message: '$property must be printable ASCII without spaces' })
  METRICS_TOKEN?: string;
}
