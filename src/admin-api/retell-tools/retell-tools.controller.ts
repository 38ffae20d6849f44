import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { appConfig, type AppConfig } from 'src/config';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { retellToolDefinitions, type RetellCustomTool } from 'src/voice-tools/retell-tool-definitions';

class RetellToolDto implements RetellCustomTool {
  @ApiProperty({ enum: ['custom'] }) type: 'custom';
  @ApiProperty({ example: 'check_availability' }) name: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: 'https://switchboard.example/api/mcp/retell/functions/check_availability' }) url: string;
  @ApiProperty({ description: 'JSON Schema of the arguments', type: 'object', additionalProperties: true })
  parameters: Record<string, unknown>;
  @ApiProperty({ description: "The tool's budget", example: 2500 }) timeout_ms: number;
  @ApiProperty({ enum: [false] }) args_at_root: false;
  @ApiProperty() speak_during_execution: boolean;
  @ApiProperty({ enum: [true] }) speak_after_execution: true;
}

/** The custom functions to paste into a Retell agent (the same for every company: the call names the tenant). */
@ApiTags('voice')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@Controller('api/companies/:companyId/retell/tools')
export class RetellToolsController {
  constructor(
    private readonly registry: ToolRegistry,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: [RetellToolDto] })
  list(@Param('companyId', uuidParam('companyId')) _companyId: string): RetellToolDto[] {
    return retellToolDefinitions(this.registry.list(), this.config.publicBaseUrl);
  }
}
