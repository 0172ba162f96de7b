/**
 * The `code` of every error answer, HTTP `{error, code}` and the live socket's `{"event":"error"}`, by
 * the part of the connector that raises it. A code is stable; the message beside it may change.
 */
export const BODY_ERRORS = ['BODY.INVALID', 'BODY.TOO_LARGE', 'BODY.UNSUPPORTED_MEDIA_TYPE'] as const;
export const UPLOAD_ERRORS = ['UPLOAD.INVALID', 'UPLOAD.TOO_LARGE'] as const;
export const ROUTE_ERRORS = ['ROUTE.NOT_FOUND'] as const;
export const CONFIG_WRITE_ERRORS = ['CONFIG.INVALID', 'CONFIG.NOT_READY'] as const;
export const XML_STATE_ERRORS = ['XMLSTATE.NOT_READY', 'XMLSTATE.UNREADABLE'] as const;
export const DOCS_ERRORS = ['DOCS.NOT_READY'] as const;
export const RECORDING_ERRORS = ['RECORDING.INVALID', 'RECORDING.NOT_FOUND'] as const;
export const STORE_ERRORS = ['STORE.INVALID'] as const;
export const PROVISIONING_ERRORS = [
  'PROVISIONING.NOT_FOUND',
  'PROVISIONING.NOT_READY',
  'PROVISIONING_FILE.FORBIDDEN',
  'PROVISIONING_FILE.INVALID',
  'PROVISIONING_FILE.NOT_FOUND',
] as const;
export const HISTORY_ERRORS = ['HISTORY.INVALID_QUERY', 'HISTORY.NOT_FOUND'] as const;
export const AUDIT_ERRORS = ['AUDIT.INVALID_QUERY'] as const;
export const LIVE_ERRORS = [
  'LIVE.WRONG_FORMAT',
  'LIVE.WRONG_PROTOCOL',
  'LIVE.FORBIDDEN',
  'LIVE.INVALID',
  'LIVE.CONFERENCE_NOT_FOUND',
  'LIVE.MEMBER_NOT_FOUND',
  'LIVE.CONFLICT',
  'LIVE.FREESWITCH_FAILED',
  'LIVE.INVITE_FAILED',
  'LIVE.RATE_LIMITED',
] as const;
export const ESL_ERRORS = [
  'ESL.NOT_CONNECTED',
  'ESL.DISCONNECTED',
  'ESL.TIMEOUT',
  'ESL.COMMAND_FAILED',
] as const;
export const AUTH_ERRORS = [
  'AUTH.UNAUTHENTICATED',
  'AUTH.WRONG_CONTEXT',
  'AUTH.RATE_LIMITED',
  'AUTH.NOT_READY',
] as const;
/** Refusals of the HTTP layer itself (routing, parameter decoding, file sending), which carry no domain code. */
export const HTTP_ERRORS = [
  'HTTP.BAD_REQUEST',
  'HTTP.FORBIDDEN',
  'HTTP.NOT_FOUND',
  'HTTP.PRECONDITION_FAILED',
  'HTTP.RANGE_NOT_SATISFIABLE',
] as const;
/** A fault of the connector; the message is always `internal error` over HTTP. */
export const INTERNAL_ERRORS = ['INTERNAL'] as const;

export type BodyErrorCode = (typeof BODY_ERRORS)[number];
export type UploadErrorCode = (typeof UPLOAD_ERRORS)[number];
export type RouteErrorCode = (typeof ROUTE_ERRORS)[number];
export type ConfigWriteErrorCode = (typeof CONFIG_WRITE_ERRORS)[number];
export type XmlStateErrorCode = (typeof XML_STATE_ERRORS)[number];
export type DocsErrorCode = (typeof DOCS_ERRORS)[number];
export type RecordingErrorCode = (typeof RECORDING_ERRORS)[number];
export type StoreErrorCode = (typeof STORE_ERRORS)[number];
export type ProvisioningErrorCode = (typeof PROVISIONING_ERRORS)[number];
export type HistoryErrorCode = (typeof HISTORY_ERRORS)[number];
export type AuditErrorCode = (typeof AUDIT_ERRORS)[number];
export type LiveErrorCode = (typeof LIVE_ERRORS)[number];
export type EslErrorCode = (typeof ESL_ERRORS)[number];
export type AuthErrorCode = (typeof AUTH_ERRORS)[number];
export type HttpErrorCode = (typeof HTTP_ERRORS)[number];
export type InternalErrorCode = (typeof INTERNAL_ERRORS)[number];

/** Every code a client can receive. */
export const ERROR_CODES = [
  ...BODY_ERRORS,
  ...UPLOAD_ERRORS,
  ...ROUTE_ERRORS,
  ...CONFIG_WRITE_ERRORS,
  ...XML_STATE_ERRORS,
  ...DOCS_ERRORS,
  ...RECORDING_ERRORS,
  ...STORE_ERRORS,
  ...PROVISIONING_ERRORS,
  ...HISTORY_ERRORS,
  ...AUDIT_ERRORS,
  ...LIVE_ERRORS,
  ...ESL_ERRORS,
  ...AUTH_ERRORS,
  ...HTTP_ERRORS,
  ...INTERNAL_ERRORS,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The codes of the live socket's error frames: its own, a refusal FreeSWITCH or the configuration gives
 * a control, and a fault of the connector.
 */
export const LIVE_FRAME_ERRORS = [
  ...LIVE_ERRORS,
  ...ESL_ERRORS,
  'XMLSTATE.NOT_READY',
  ...INTERNAL_ERRORS,
] as const;
export type LiveFrameErrorCode = (typeof LIVE_FRAME_ERRORS)[number];
