import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { toolPrincipalOf } from '../common/tool-principal';
import { BatchDto, BatchResultDto, ExecuteToolDto, ToolInfoDto, ToolResultDto } from './mcp.dto';

/** Tools over plain REST, for the admin and machine clients (voice agents use their own endpoints). */
@ApiTags('mcp')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/mcp')
export class McpController {
  constructor(
    private readonly orchestrator: McpOrchestrator,
    private readonly registry: ToolRegistry,
  ) {}

  @Post('execute')
  @HttpCode(200)
  @ApiOkResponse({ type: ToolResultDto })
  async execute(@CurrentPrincipal() principal: Principal, @Body() body: ExecuteToolDto): Promise<ToolResultDto> {
    const result = await this.orchestrator.execute(body.server, body.tool, body.params, {
      principal: toolPrincipalOf(principal),
      companyId: body.companyId,
    });
    return { result };
  }

  /** Up to 20 calls run concurrently; results in the order given, each ok or with its error. */
  @Post('batch')
  @HttpCode(200)
  @ApiOkResponse({ type: BatchResultDto })
  async batch(@CurrentPrincipal() principal: Principal, @Body() body: BatchDto): Promise<BatchResultDto> {
    const results = await Promise.all(
      body.calls.map((call) =>
        this.orchestrator
          .execute(call.server, call.tool, call.params, {
            principal: toolPrincipalOf(principal),
            companyId: call.companyId,
          })
          .then(
            (result) => ({ ok: true, result }),
            (err: unknown) => {
              const error = toToolError(err);
              return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
            },
          ),
      ),
    );
    return { results };
  }

  @Get('tools')
  @ApiOkResponse({ type: [ToolInfoDto] })
  tools(): ToolInfoDto[] {
    return this.registry.list().map((t) => ({
      id: t.id,
      server: t.server,
      name: t.name,
      description: t.description,
      access: t.access,
      idempotent: t.idempotent,
      timeoutMs: t.timeoutMs,
      cacheTtlSeconds: t.cacheTtlSeconds ?? null,
      exposed: !!t.exposed,
      inputSchema: t.inputSchema,
    }));
  }
}
