/**
 * Whether a WebSocket upgrade may proceed given its Origin header. Browsers always send one,
 * so a page on another site (or a DNS-rebound name) is refused before it can even try a
 * token; Node clients (tests, CLI --connect) send none and still have to authenticate.
 */
export const isAllowedOrigin = (
  origin: string | undefined,
  port: number,
  extraOrigins: readonly string[],
): boolean => {
  if (origin === undefined) return true;
  const own = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  return own.includes(origin) || extraOrigins.includes(origin);
};
