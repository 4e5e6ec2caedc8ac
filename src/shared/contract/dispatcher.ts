import { errorFromZod, Failure, type ContractError, type Result } from './error';
import { isMethodName, methods, type MethodErrorOf, type MethodName, type RequestOf, type ResponseOf } from './methods';

type Awaitable<T> = T | Promise<T>;

export type Handlers = {
  [M in MethodName]: (request: RequestOf<M>) => Awaitable<ResponseOf<M> | Failure<Extract<MethodErrorOf<M>, { code: string }>>>;
};

export type Dispatch = (method: unknown, params: unknown) => Promise<Result<unknown, ContractError>>;

/**
 * Binds handlers to the contract. A request that fails its schema is answered
 * with an error naming the field and never reaches the handler; a handler's
 * answer is checked against the response schema before it leaves, and a
 * refusal against the kinds the method declares (another one is a bug).
 */
export function createDispatcher(handlers: Handlers, onInternalError: (method: string, error: unknown) => void): Dispatch {
  return async (method, params) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'unknown_method', message: `Unknown method: ${String(method).slice(0, 100)}` },
      };
    }
    const spec = methods[method];
    const parsed = spec.request.safeParse(params ?? {});
    if (!parsed.success) {
      return { ok: false, error: errorFromZod('invalid_request', method, parsed.error) };
    }
    const internal = (error: unknown): Result<unknown, ContractError> => {
      onInternalError(method, error);
      return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly` } };
    };
    const refuse = (failure: Failure): Result<unknown, ContractError> => {
      const kind = spec.errors.find((candidate) => candidate.shape.code.value === failure.error.code);
      const checked = kind?.safeParse(failure.error);
      return checked?.success ? { ok: false, error: checked.data } : internal(new Error(`${method} answered an undeclared error: ${failure.error.code}`));
    };
    try {
      const handler = handlers[method] as (request: unknown) => Awaitable<unknown>;
      const answer = await handler(parsed.data);
      if (answer instanceof Failure) return refuse(answer);
      const checked = spec.response.safeParse(answer);
      if (!checked.success) return { ok: false, error: errorFromZod('invalid_response', method, checked.error) };
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof Failure) return refuse(error);
      return internal(error);
    }
  };
}
