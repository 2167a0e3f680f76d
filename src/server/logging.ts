/**
 * The server's logger: errors only unless LOG_LEVEL says otherwise, so every 500 is logged with its request id
 * (by the one error handler) while a quiet server prints nothing per request.
 */
export function serverLoggerOptions(env: NodeJS.ProcessEnv): { level: string } {
  return { level: env.LOG_LEVEL?.trim() || 'error' };
}
