import type { Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ALLOWED_CONTEXTS, PUBLIC_ROUTE } from '../../auth/auth.decorators';
import { errorResponse, type ErrorStatus } from '../api-errors';

/** Who may call a route, as DigestAuthGuard decides it. */
export interface RouteAccess {
  public: boolean;
  contexts: string[];
}

/** The access rule of every handler of these controllers, by @nestjs/swagger's operation id. */
export function routeAccessOf(controllers: Type[], reflector = new Reflector()): Map<string, RouteAccess> {
  const access = new Map<string, RouteAccess>();
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[method];
      if (method === 'constructor' || typeof handler !== 'function') continue;
      const targets = [handler, controller];
      access.set(`${controller.name}_${method}`, {
        public: reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
        contexts: reflector.getAllAndOverride<string[] | undefined>(ALLOWED_CONTEXTS, targets) ?? ['team'],
      });
    }
  }
  return access;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

function hasJsonBody(operation: OperationObject): boolean {
  const body = operation.requestBody;
  return body !== undefined && 'content' in body && 'application/json' in body.content;
}

function addErrors(operation: OperationObject, statuses: ErrorStatus[]): void {
  for (const status of statuses) operation.responses[status] ??= errorResponse(status);
}

/**
 * What the guard, the body parsers and the error filter give every route, added to each operation:
 * the security requirement, the contexts and the authentication errors of routes that need a login,
 * body errors where there is a JSON body (the body parsers' limits), 400 where a path parameter may be broken percent-encoding, and
 * the 500 any route may answer.
 */
export function applyRouteAccess(document: OpenAPIObject, access: Map<string, RouteAccess>): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const rule = access.get(operation.operationId ?? '');
      if (rule === undefined) throw new Error(`no controller method for ${method.toUpperCase()} ${path}`);
      if (!rule.public) {
        operation.security = [{ digest: [] }, { session: [] }];
        operation.description = [operation.description, `Contexts: ${rule.contexts.join(', ')}.`]
          .filter(Boolean)
          .join('\n\n');
        addErrors(operation, [401, 403, 429, 503]);
      }
      if (hasJsonBody(operation)) addErrors(operation, [400, 413, 415]);
      if (path.includes('{')) addErrors(operation, [400]);
      addErrors(operation, [500]);
    }
  }
}
