/** The levels LOG_LEVEL takes, from the most to the least verbose; `silent` logs nothing. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export type LogLevelName = (typeof LOG_LEVELS)[number];
