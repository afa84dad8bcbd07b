/**
 * Types derived from the generated OpenAPI schema (schema.d.ts, `npm run gen:api`).
 * Everything is looked up by path so that renaming a schema on the server does not break the client;
 * only a changed path or shape does, and then at compile time.
 */
import type { paths } from './schema';

export type GetPath = {
  [P in keyof paths]: paths[P] extends { get: object } ? P : never;
}[keyof paths];

type GetOperation<P extends GetPath> = paths[P] extends { get: infer Op } ? Op : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | '2XX';

/** The body of any media type declared for the response (springdoc may declare `*\/*` instead of `application/json`). */
type Body<R> = R extends { content: infer C } ? C[keyof C] : never;

type SuccessBody<Op> = Op extends { responses: infer R } ? Body<R[Extract<keyof R, SuccessStatus>]> : never;

type Parameters<Op, In extends 'query' | 'path'> = Op extends { parameters: infer Ps }
  ? Ps extends Partial<Record<In, infer T>>
    ? NonNullable<T>
    : never
  : never;

export type GetResponse<P extends GetPath> = SuccessBody<GetOperation<P>>;
export type GetQuery<P extends GetPath> = Parameters<GetOperation<P>, 'query'>;
export type GetPathParams<P extends GetPath> = Parameters<GetOperation<P>, 'path'>;

export type PostPath = {
  [P in keyof paths]: paths[P] extends { post: object } ? P : never;
}[keyof paths];

type PostOperation<P extends PostPath> = paths[P] extends { post: infer Op } ? Op : never;

export type PostResponse<P extends PostPath> = SuccessBody<PostOperation<P>>;
export type PostBody<P extends PostPath> =
  PostOperation<P> extends { requestBody: { content: infer C } } ? C[keyof C] : never;
