import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's parameters (19 MiB, t=2, p=1), the library's defaults. @node-rs/argon2 ships
 * prebuilt N-API binaries without install scripts (the `argon2` package's prebuild crashes on Node 20).
 */
@Injectable()
export class PasswordService {
  /** A hash to verify against when the e-mail is unknown, so both cases take the same time. */
  private readonly dummyHash = hash('switchboard-timing-equaliser');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    try {
      const ok = await verify(passwordHash ?? (await this.dummyHash), password);
      return passwordHash !== undefined && ok;
    } catch {
      return false;
    }
  }
}
