export type ProvisioningErrorCode =
  | 'PROVISIONING.TEMPLATE_MISSING'
  | 'PROVISIONING.TLS_PORT_INVALID'
  | 'PROVISIONING.DOMAIN_INVALID'
  | 'PROVISIONING.USER_ID_INVALID'
  | 'PROVISIONING.POLYMAC_INVALID'
  | 'PROVISIONING.DIRECTORY_UNREADABLE';

/** Provisioning files cannot be rendered from what was given. */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';

  constructor(
    readonly code: ProvisioningErrorCode,
    message: string,
  ) {
    super(message);
  }
}
