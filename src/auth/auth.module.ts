import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { securityConfig, type SecurityConfig } from 'src/config';
import { ApiKeyService } from './api-key.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ApiKey } from './entities/api-key.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { AccessGuard } from './guards/access.guard';
import { AuthGuard } from './guards/auth.guard';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

const loginEmail = (req: Record<string, unknown>) =>
  String(((req as unknown as Request).body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, ApiKey]),
    JwtModule.registerAsync({
      inject: [securityConfig.KEY],
      useFactory: (config: SecurityConfig) => ({ secret: config.jwtSecret }),
    }),
    // Login throttling: per e-mail and address (guessing one account) and per address (spraying many).
    ThrottlerModule.forRootAsync({
      inject: [securityConfig.KEY],
      useFactory: (config: SecurityConfig) => ({
        throttlers: [
          {
            name: 'login',
            ttl: 60_000,
            limit: config.loginAttemptsPerMinute,
            getTracker: (req) => `${(req as unknown as Request).ip}:${loginEmail(req)}`,
          },
          { name: 'login-ip', ttl: 60_000, limit: config.loginAttemptsPerMinute * 10 },
        ],
      }),
    }),
  ],
  providers: [
    AuthService,
    PasswordService,
    TokenService,
    ApiKeyService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, ApiKeyService, PasswordService],
})
export class AuthModule {}

/** The sign-in routes, served only by instances that serve the API (not by workers). */
@Module({ imports: [AuthModule], controllers: [AuthController] })
export class AuthHttpModule {}
