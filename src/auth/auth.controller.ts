import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { appConfig, type AppConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { AuthService } from './auth.service';
import { CurrentPrincipal, Public } from './decorators';
import { ChangePasswordDto, LoginDto, PrincipalDto, TokenResponseDto, UserDto } from './dto/auth.dto';
import { User } from './entities/user.entity';
import type { Principal } from './principal';
import type { IssuedTokens } from './token.service';

export const REFRESH_COOKIE = 'swb_refresh';
const COOKIE_PATH = '/api/auth';

const toUserDto = (u: User): UserDto => ({ id: u.id, email: u.email, role: u.role, companyId: u.companyId });

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiErrors(400, 401, 429)
  @HttpCode(200)
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) res: Response): Promise<TokenResponseDto> {
    const { user, tokens } = await this.auth.login(body.email, body.password);
    return this.respond(res, user, tokens);
  }

  /** Exchanges the refresh cookie for a new access token, rotating the cookie. */
  @Public()
  @Post('refresh')
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiErrors(401)
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenResponseDto> {
    const presented = readRefreshCookie(req);
    if (!presented) throw AppError.unauthenticated('No refresh token');
    const { user, tokens } = await this.auth.refresh(presented);
    return this.respond(res, user, tokens);
  }

  @Public()
  @Post('logout')
  @ApiNoContentResponse()
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(req));
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: PrincipalDto })
  @ApiErrors(401)
  me(@CurrentPrincipal() principal: Principal): PrincipalDto {
    return {
      kind: principal.kind,
      id: principal.id,
      label: principal.label,
      role: principal.role,
      companyId: principal.companyId,
      scopes: principal.scopes,
    };
  }

  @ApiBearerAuth()
  @Post('password')
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403)
  @HttpCode(204)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    if (principal.kind !== 'user') throw AppError.forbidden('API keys have no password');
    await this.auth.changePassword(principal.id, body.currentPassword, body.newPassword);
  }

  private respond(res: Response, user: User, tokens: IssuedTokens): TokenResponseDto {
    res.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.publicBaseUrl.startsWith('https://'),
      path: COOKIE_PATH,
      expires: tokens.refreshExpiresAt,
    });
    return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn, user: toUserDto(user) };
  }
}

function readRefreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
