/**
 * Who may write. Reads are public; mutations need an API key with the editor role, sent as
 * `Authorization: Bearer <key>` or `x-api-key: <key>`. Keys come from settings.editorKeys
 * (KG_EDITOR_KEYS), each with a name that the audit log records as "who".
 *
 * Keys are compared with crypto.timingSafeEqual over SHA-256 digests: the digests have equal
 * length whatever the key lengths, and every configured key is compared (no early exit), so
 * the response time says nothing about how much of a key was right or which key matched.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface Editor {
  /** The key's name from KG_EDITOR_KEYS; never the key itself. */
  name: string;
}

export type Credentials =
  | { kind: 'none' }
  | { kind: 'editor'; editor: Editor }
  /** A key was sent but matches no editor key: refused outright, so a typo is not mistaken for anonymity. */
  | { kind: 'invalid'; reason: string };

interface HashedKey {
  name: string;
  digest: Buffer;
}

export class EditorKeys {
  private readonly keys: HashedKey[];

  constructor(keys: { name: string; key: string }[]) {
    this.keys = keys.filter((k) => k.key.length > 0).map((k) => ({ name: k.name, digest: digest(k.key) }));
  }

  get configured(): boolean {
    return this.keys.length > 0;
  }

  /** Reads the key from the request headers (lower-case names, as Node gives them). */
  authenticate(headers: { get(name: string): string | undefined }): Credentials {
    const presented = presentedKey(headers);
    if (presented === null) return { kind: 'none' };
    if (presented === '') return { kind: 'invalid', reason: 'the API key is empty' };
    const d = digest(presented);
    let match: HashedKey | null = null;
    for (const k of this.keys) {
      if (timingSafeEqual(d, k.digest) && match === null) match = k;
    }
    return match ? { kind: 'editor', editor: { name: match.name } } : { kind: 'invalid', reason: 'the API key is not valid' };
  }
}

/** The key sent with the request: x-api-key wins; then a Bearer token; null when neither. */
export function presentedKey(headers: { get(name: string): string | undefined }): string | null {
  const apiKey = headers.get('x-api-key');
  if (apiKey !== undefined) return apiKey.trim();
  const auth = headers.get('authorization');
  if (auth === undefined) return null;
  const m = /^Bearer[ \t]+(.*)$/i.exec(auth.trim());
  // Another scheme (Basic…) is not ours to judge: treat as no key.
  return m ? m[1]!.trim() : null;
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}
