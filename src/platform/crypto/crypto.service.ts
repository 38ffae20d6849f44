import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EncryptionKey, securityConfig, type SecurityConfig } from 'src/config';

const FORMAT = 'v1';

/**
 * AES-256-GCM for credentials at rest. A ciphertext is `v1:<keyId>:<iv>:<tag>:<data>` (base64url parts), so
 * it says which key made it: the first configured key encrypts, every configured key decrypts.
 */
@Injectable()
export class CryptoService {
  private readonly keys: Map<string, Buffer>;
  private readonly primary: EncryptionKey;

  constructor(@Inject(securityConfig.KEY) config: SecurityConfig) {
    this.primary = config.encryptionKeys[0];
    this.keys = new Map(config.encryptionKeys.map((k) => [k.id, k.key]));
  }

  get primaryKeyId(): string {
    return this.primary.id;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.primary.key, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      FORMAT,
      this.primary.id,
      iv.toString('base64url'),
      tag.toString('base64url'),
      data.toString('base64url'),
    ].join(':');
  }

  decrypt(ciphertext: string): string {
    const [format, keyId, iv, tag, data] = ciphertext.split(':');
    if (format !== FORMAT || !keyId || !iv || !tag || data === undefined) throw new Error('Malformed ciphertext');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Ciphertext was made with key "${keyId}", which is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  keyIdOf(ciphertext: string): string {
    return ciphertext.split(':')[1];
  }

  /** Re-encrypts with the primary key when another key made it; returns null when nothing needs to change. */
  rotate(ciphertext: string): string | null {
    return this.keyIdOf(ciphertext) === this.primary.id ? null : this.encrypt(this.decrypt(ciphertext));
  }
}
