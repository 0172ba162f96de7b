/** A generated API description (OpenAPI or AsyncAPI), as JSON. */
export type ApiDocument = Readonly<Record<string, unknown>>;
