/** The kinds of audit entries the connector writes, for the Kind filter (the server matches it exactly). */
export const AUDIT_KINDS = [
  'user.added',
  'user.changed',
  'user.deleted',
  'conference.added',
  'conference.changed',
  'conference.deleted',
  'users.rebuilt',
  'write.refused',
  'config.stored',
  'config.restored',
] as const;
