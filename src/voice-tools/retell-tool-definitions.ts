import type { ToolDefinition } from 'src/orchestrator/tool-registry.service';
import { CALL_FILLED_ARGS } from './dto/voice.dto';
import { voiceBudgetMs } from './voice.mcp-server';

/** A Retell custom function (retell-sdk `CustomTool`, vendor-wire-formats §2.1). */
export interface RetellCustomTool {
  type: 'custom';
  name: string;
  description: string;
  url: string;
  parameters: Record<string, unknown>;
  timeout_ms: number;
  args_at_root: false;
  speak_during_execution: boolean;
  speak_after_execution: true;
}

/**
 * The definitions to configure a Retell agent with, from the registry: one URL per voice tool, its JSON
 * Schema without the arguments the endpoint fills from the call, and its budget as `timeout_ms`.
 */
export function retellToolDefinitions(tools: ToolDefinition[], publicBaseUrl: string): RetellCustomTool[] {
  return tools
    .filter((t) => t.server === 'voice' && t.exposed)
    .map((t) => {
      const schema = structuredClone(t.inputSchema) as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const arg of CALL_FILLED_ARGS) delete schema.properties?.[arg];
      if (schema.required)
        schema.required = schema.required.filter((r) => !(CALL_FILLED_ARGS as readonly string[]).includes(r));
      const budget = voiceBudgetMs(t.name);
      return {
        type: 'custom',
        name: t.name,
        description: t.description,
        url: `${publicBaseUrl}/api/mcp/retell/functions/${t.name}`,
        parameters: { type: 'object', ...schema, properties: schema.properties ?? {} },
        timeout_ms: budget,
        args_at_root: false,
        // Slow lookups get a filler sentence from the agent; quick ones do not.
        speak_during_execution: budget >= 2000,
        speak_after_execution: true,
      };
    });
}
