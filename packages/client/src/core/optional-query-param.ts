// Type-level: makes one query parameter optional on every operation of a `paths` type, for
// parameters the client fills in itself (Truto's integrated_account_id). Where nothing else in the
// query is required, the query itself becomes optional, so `client.GET('/things', {})` type-checks.
import type { RequiredKeysOf } from 'openapi-typescript-helpers';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type LoosenQuery<Q, Name extends PropertyKey> = Simplify<Omit<Q, Name> & Partial<Pick<Q, Name & keyof Q>>>;

type LoosenParameters<P, Name extends PropertyKey> = P extends { query: infer Q }
  ? Name extends keyof Q
    ? Simplify<
        Omit<P, 'query'> &
          (RequiredKeysOf<LoosenQuery<Q, Name>> extends never
            ? { query?: LoosenQuery<Q, Name> }
            : { query: LoosenQuery<Q, Name> })
      >
    : P
  : P;

type LoosenOperation<Op, Name extends PropertyKey> = Op extends { parameters: infer P }
  ? Simplify<Omit<Op, 'parameters'> & { parameters: LoosenParameters<P, Name> }>
  : Op;

export type WithOptionalQueryParam<Paths, Name extends PropertyKey> = {
  [Path in keyof Paths]: { [Key in keyof Paths[Path]]: LoosenOperation<Paths[Path][Key], Name> };
};
