/**
 * The addresses a phone of this user fetches its configuration from, with the login in the URL as
 * Linphone and Polycom phones expect; shown only on request.
 */
export function provisioningUrls(
  user: { name: string; password?: string; polymac?: string },
  origin: string,
): { linphone: string; polycom?: string } | undefined {
  if (user.password === undefined) return undefined;
  const url = new URL(origin);
  url.username = encodeURIComponent(user.name);
  url.password = encodeURIComponent(user.password);
  const base = url.toString().replace(/\/$/, '');
  const polycom = user.polymac && user.polymac !== 'none' ? `${base}/polycom/` : undefined;
  return { linphone: `${base}/linphone`, ...(polycom ? { polycom } : {}) };
}
