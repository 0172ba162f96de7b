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

/** Metadata key of the routes that need no login. */
export const PUBLIC_ROUTE = 'fscon:public-route';

/** A route anyone may call, without authentication or context check (the login itself, the web client's files). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

/** Any user in the directory, whatever the context. */
export const AnyContext = () => AllowContexts(...CONTEXTS);

/** The authenticated user of the request, as a handler parameter. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const user = callerOf(context.switchToHttp().getRequest<object>());
  if (user === undefined) throw new Error('@Caller() used on a route that DigestAuthGuard does not protect');
  return user;
});
