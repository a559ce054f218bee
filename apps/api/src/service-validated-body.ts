import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

/**
 * A route's validator that leaves the body to the service: the body's schema still documents
 * the route in OpenAPI, but the service checks it with the engine's rules, which report every
 * problem with its path in the format's own words and check across records too.
 */
export const serviceValidatedBody: FastifySchemaCompiler<FastifySchema> = (route) =>
  route.httpPart === 'body'
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
