import { Inject, Injectable, Logger } from '@nestjs/common';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type CallToolResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { toolPrincipalOf } from 'src/admin-api/common/tool-principal';
import type { Principal } from 'src/auth/principal';
import { appConfig, type AppConfig } from 'src/config';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';

/** The orchestrator server whose exposed tools MCP clients see, under their bare names. */
export const MCP_TOOL_SERVER = 'voice';

/**
 * The Model Context Protocol face of the `voice` tools (docs/adr/0007). A low-level SDK `Server` per
 * request: `tools/list` serves the registry's JSON Schemas as they are, `tools/call` goes through
 * `McpOrchestrator.execute` as the API key's company — the tenant is never taken from the arguments.
 */
@Injectable()
export class McpProtocolService {
  private readonly logger = new Logger('Mcp');

  constructor(
    private readonly registry: ToolRegistry,
    private readonly orchestrator: McpOrchestrator,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** A server for one request of one principal (stateless: nothing outlives the HTTP exchange). */
  createServer(principal: Principal): Server {
    const server = new Server(
      { name: 'switchboard', version: this.config.version },
      {
        capabilities: { tools: {} },
        instructions:
          'Appointment tools of one company (the one the API key belongs to). Tools acting for a caller ' +
          "take the caller's `phone`; `calledNumber` picks a branch (else the main number). Every result " +
          'carries `ok` and a `message` to speak.',
      },
    );
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: this.listTools() }));
    server.setRequestHandler(CallToolRequestSchema, (request, extra) =>
      this.callTool(principal, request.params.name, request.params.arguments ?? {}, extra.signal),
    );
    return server;
  }

  listTools(): Tool[] {
    return this.registry
      .list()
      .filter((t) => t.server === MCP_TOOL_SERVER && t.exposed)
      .map((t) => ({
        name: t.name,
        description: t.description,
        inputSchema: { ...t.inputSchema, type: 'object' } as Tool['inputSchema'],
      }));
  }

  /**
   * A tool's answer is a result: `isError` when it says `ok: false` or the orchestrator refused the call
   * (invalid input, forbidden, quota). An unknown tool is a protocol error (-32602, as the spec's example).
   */
  async callTool(principal: Principal, name: string, args: unknown, signal?: AbortSignal): Promise<CallToolResult> {
    const known = this.registry.list().some((t) => t.server === MCP_TOOL_SERVER && t.exposed && t.name === name);
    if (!known) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${name.slice(0, 64)}`);
    try {
      const result = await this.orchestrator.execute<unknown>(MCP_TOOL_SERVER, name, args, {
        principal: toolPrincipalOf(principal),
        companyId: principal.companyId,
        signal,
      });
      return toCallToolResult(result);
    } catch (err) {
      const error = toToolError(err);
      if (error.code === 'INTERNAL') this.logger.error(`mcp ${name} failed: ${(err as Error)?.message}`);
      const details = error.details.length ? { details: error.details } : {};
      return toCallToolResult({ ok: false, error: error.code, message: error.message, ...details }, true);
    }
  }
}

/** The tool's object as JSON text (for clients that read text) and as structured content. */
export function toCallToolResult(result: unknown, isError?: boolean): CallToolResult {
  const structured =
    typeof result === 'object' && result !== null && !Array.isArray(result)
      ? // Own string keys only: markers such as the degraded-answer symbol stay inside Switchboard.
        Object.fromEntries(Object.entries(result))
      : { value: result };
  const failed = isError ?? structured.ok === false;
  return {
    content: [{ type: 'text', text: JSON.stringify(structured) }],
    structuredContent: structured,
    ...(failed ? { isError: true } : {}),
  };
}
