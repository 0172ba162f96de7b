import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { CONTEXTS, type Context, type User } from '@fscon/contracts';
import { callerOf } from './caller';

/** Metadata key of the contexts a route admits. */
export const ALLOWED_CONTEXTS = 'fscon:allowed-contexts';

/**
 * The user contexts admitted to a controller or route (the route's own list wins).
 * Routes without one admit the team only, which is what `/api/**` requires.
 */
export const AllowContexts = (...contexts: [Context, ...Context[]]) =>
  SetMetadata(ALLOWED_CONTEXTS, contexts);

export const TeamOnly = () => AllowContexts('team');

/** Any user in the directory, whatever the context. */
export const AnyContext = () => AllowContexts(...CONTEXTS);

/** The authenticated user of the request, as a handler parameter. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const user = callerOf(context.switchToHttp().getRequest<object>());
  if (user === undefined) throw new Error('@Caller() used on a route that DigestAuthGuard does not protect');
  return user;
});
