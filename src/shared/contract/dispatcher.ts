import { errorFromZod, Failure, type Result } from './error';
import { isMethodName, methods, type MethodName, type RequestOf, type ResponseOf } from './methods';

type Awaitable<T> = T | Promise<T>;

export type Handlers = {
  [M in MethodName]: (request: RequestOf<M>) => Awaitable<ResponseOf<M> | Failure>;
};

export type Dispatch = (method: unknown, params: unknown) => Promise<Result<unknown>>;

/**
 * Binds handlers to the contract. A request that fails its schema is answered
 * with an error naming the field and never reaches the handler; a handler's
 * answer is checked against the response schema before it leaves.
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
    try {
      const handler = handlers[method] as (request: unknown) => Awaitable<unknown>;
      const answer = await handler(parsed.data);
      if (answer instanceof Failure) return { ok: false, error: answer.error };
      const checked = spec.response.safeParse(answer);
      if (!checked.success) return { ok: false, error: errorFromZod('invalid_response', method, checked.error) };
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof Failure) return { ok: false, error: error.error };
      onInternalError(method, error);
      return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly` } };
    }
  };
}
