import {
  ArgumentsHost,
  Catch,
  Controller,
  Delete,
  ExceptionFilter,
  Get,
  Logger,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Scopes } from 'src/auth/decorators';
import type { AuthenticatedRequest, Principal } from 'src/auth/principal';
import { AppError } from 'src/platform/errors/app-error';
import { sendError, toAppError } from 'src/platform/errors/all-exceptions.filter';
import { McpProtocolService } from './mcp-protocol.service';

export const MCP_SCOPE = 'voice';

/**
 * The project's error envelope, plus the bearer challenge MCP clients look for (RFC 6750): `WWW-Authenticate`
 * on a 401, and `insufficient_scope` on a 403. Guard errors land here too.
 */
@Catch()
export class McpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Mcp');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const status = toAppError(exception).status;
    if (!res.headersSent && status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="switchboard"');
    if (!res.headersSent && status === 403) {
      res.setHeader('WWW-Authenticate', `Bearer realm="switchboard", error="insufficient_scope", scope="${MCP_SCOPE}"`);
    }
    sendError(res, http.getRequest<Request>(), exception, this.logger);
  }
}

/**
 * `/mcp`: Model Context Protocol 2025-11-25 over Streamable HTTP, stateless (docs/adr/0007). Each POST gets
 * its own server and transport and a JSON response; there are no sessions, so GET (server stream) and DELETE
 * (end session) answer 405. Authenticated by the global guards: a company API key with the `voice` scope.
 */
@ApiExcludeController()
@Scopes(MCP_SCOPE)
@UseFilters(McpErrorFilter)
@Controller('mcp')
export class McpController {
  constructor(private readonly mcp: McpProtocolService) {}

  @Post()
  async post(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    const server = this.mcp.createServer(companyKeyOf(req));
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    // The app's JSON parser has already consumed the stream: hand the transport the parsed body.
    await transport.handleRequest(req, res, req.body);
  }

  @Get()
  get(@Req() req: AuthenticatedRequest, @Res() res: Response): void {
    companyKeyOf(req);
    methodNotAllowed(res);
  }

  @Delete()
  delete(@Req() req: AuthenticatedRequest, @Res() res: Response): void {
    companyKeyOf(req);
    methodNotAllowed(res);
  }
}

/** Only a company's API key: the tenant is the key's company (a user's token names none for MCP). */
function companyKeyOf(req: AuthenticatedRequest): Principal & { companyId: string } {
  const principal = req.principal;
  if (!principal) throw AppError.unauthenticated();
  if (principal.kind !== 'api_key' || principal.companyId === null) {
    throw AppError.forbidden('The MCP endpoint takes a company API key with the voice scope');
  }
  return principal as Principal & { companyId: string };
}

function methodNotAllowed(res: Response): void {
  res
    .status(405)
    .setHeader('Allow', 'POST')
    .json({
      jsonrpc: '2.0',
      error: { code: -32000, message: 'Method not allowed: stateless server, POST only' },
      id: null,
    });
}
