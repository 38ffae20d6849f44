import { Injectable } from '@nestjs/common';
import { AppError } from 'src/platform/errors/app-error';
import { remainingMs, ToolCall, ToolInterceptor } from '../tool-call';

/**
 * Cuts an attempt at the tool's timeout or the call's deadline, whichever comes first, and aborts the
 * handler's signal so its outbound request is cancelled too.
 */
@Injectable()
export class TimeoutInterceptor implements ToolInterceptor {
  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    const budget = Math.min(call.definition.timeoutMs, remainingMs(call));
    if (budget <= 0) throw new AppError('TIMEOUT', 'The deadline passed before the call could start');
    const controller = new AbortController();
    const parentSignal = call.context.signal;
    const onParentAbort = () => controller.abort(parentSignal.reason);
    parentSignal.addEventListener('abort', onParentAbort, { once: true });
    const outer = call.context;
    call.context = { ...outer, signal: controller.signal };
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        next(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            controller.abort(new Error('timeout'));
            reject(new AppError('TIMEOUT', `${call.definition.id} took longer than ${budget} ms`));
          }, budget);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      parentSignal.removeEventListener('abort', onParentAbort);
      call.context = outer;
    }
  }
}
