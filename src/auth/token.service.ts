import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { securityConfig, type SecurityConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';

export interface AccessTokenPayload {
  sub: string;
  /** The user's token version when signed; a password change bumps it and voids older tokens. */
  ver: number;
}

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(securityConfig.KEY) private readonly config: SecurityConfig,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
  ) {}

  /** A new session: an access token and the first refresh token of a new family. */
  issue(user: User): Promise<IssuedTokens> {
    return this.issueInFamily(user, randomUUID());
  }

  async verifyAccessToken(token: string): Promise<AccessTokenPayload> {
    try {
      return await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'] });
    } catch (err) {
      throw AppError.unauthenticated((err as Error).name === 'TokenExpiredError' ? 'Token expired' : 'Invalid token');
    }
  }

  /**
   * Rotates a refresh token: the presented one is revoked and a new one of the same family issued. A token
   * presented after it was rotated means it was copied: the whole family is revoked.
   */
  async rotate(
    presented: string,
    loadUser: (userId: string) => Promise<User | null>,
  ): Promise<{ user: User; tokens: IssuedTokens }> {
    const stored = await this.refreshTokens.findOne({ where: { tokenHash: sha256(presented) } });
    if (!stored || stored.expiresAt.getTime() <= Date.now()) throw AppError.unauthenticated('Invalid refresh token');
    if (stored.revokedAt) {
      await this.refreshTokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      throw AppError.unauthenticated('Invalid refresh token');
    }
    // Conditional update: of two concurrent rotations of one token, only one wins.
    const result = await this.refreshTokens.update({ id: stored.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw AppError.unauthenticated('Invalid refresh token');
    const user = await loadUser(stored.userId);
    if (!user) throw AppError.unauthenticated('Invalid refresh token');
    return { user, tokens: await this.issueInFamily(user, stored.familyId) };
  }

  async revoke(presented: string): Promise<void> {
    await this.refreshTokens.update({ tokenHash: sha256(presented), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllFor(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issueInFamily(user: User, familyId: string): Promise<IssuedTokens> {
    const payload: AccessTokenPayload = { sub: user.id, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.jwtTtlSeconds, algorithm: 'HS256' });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTtlSeconds * 1000);
    await this.refreshTokens.insert({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      familyId,
      expiresAt: refreshExpiresAt,
    });
    return { accessToken, expiresIn: this.config.jwtTtlSeconds, refreshToken, refreshExpiresAt };
  }
}
