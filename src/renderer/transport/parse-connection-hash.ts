/** What the browser host puts after `#`: `token=…` and, optionally, `ws=…` (another URL). */
export interface ConnectionHash {
  token: string | null;
  ws: string | null;
}

export const parseConnectionHash = (hash: string): ConnectionHash => {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  const ws = params.get('ws');
  return { token: token === '' ? null : token, ws: ws === '' ? null : ws };
};
