import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
@Injectable()
export class PasswordService {
  /** A hash to verify against when the e-mail is unknown, so both cases take the same time. */
  private readonly dummyHash = argon2.hash('switchboard-timing-equaliser');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? (await this.dummyHash), password);
      return hash !== undefined && ok;
    } catch {
      return false;
    }
  }
}
