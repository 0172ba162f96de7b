import type * as Swagger from '@nestjs/swagger';

/**
 * The @nestjs/swagger decorators the controllers and DTOs use, recorded when the classes are defined and
 * applied only when the OpenAPI document is first built: loading @nestjs/swagger (and lodash with it)
 * takes about a tenth of the connector's start, and nothing but the document reads what they describe.
 */
type SwaggerApi = typeof Swagger;

type Decoration = (swagger: SwaggerApi) => void;

type AnyDecorator = (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => unknown;

let loaded: SwaggerApi | undefined;
const recorded: Decoration[] = [];

function later<Name extends keyof SwaggerApi & `Api${string}`>(name: Name) {
  return (...args: Parameters<SwaggerApi[Name]>): ReturnType<SwaggerApi[Name]> => {
    const decorator = (target: object, key?: string | symbol, descriptor?: PropertyDescriptor): void => {
      const apply: Decoration = (swagger) => {
        const make = swagger[name] as (...options: unknown[]) => AnyDecorator;
        make(...args)(target, key, descriptor);
      };
      if (loaded === undefined) recorded.push(apply);
      else apply(loaded);
    };
    return decorator as ReturnType<SwaggerApi[Name]>;
  };
}

/** Applies the decorators recorded so far, in their order; those of classes defined later apply at once. */
export function applyOpenApiDecorators(swagger: SwaggerApi): void {
  loaded = swagger;
  for (const apply of recorded.splice(0)) apply(swagger);
}

/** The reference to a DTO's schema, as @nestjs/swagger names it (by class name). */
export const getSchemaPath = (model: { name: string }): string => `#/components/schemas/${model.name}`;

export const ApiBody = later('ApiBody');
export const ApiConsumes = later('ApiConsumes');
export const ApiExtraModels = later('ApiExtraModels');
export const ApiNoContentResponse = later('ApiNoContentResponse');
export const ApiOkResponse = later('ApiOkResponse');
export const ApiParam = later('ApiParam');
export const ApiPartialContentResponse = later('ApiPartialContentResponse');
export const ApiProduces = later('ApiProduces');
export const ApiProperty = later('ApiProperty');
export const ApiQuery = later('ApiQuery');
export const ApiResponse = later('ApiResponse');
