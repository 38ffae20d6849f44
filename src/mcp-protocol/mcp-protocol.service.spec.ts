import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Principal } from 'src/auth/principal';
import type { AppConfig } from 'src/config';
import type { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import type { ToolDefinition, ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { AppError } from 'src/platform/errors/app-error';
import { McpProtocolService, toCallToolResult } from './mcp-protocol.service';

const KEY: Principal = {
  kind: 'api_key',
  id: 'key-1',
  role: 'company_admin',
  companyId: 'company-a',
  scopes: ['voice'],
  label: 'k',
};
const tool = (server: string, name: string, exposed: boolean) =>
  ({
    server,
    name,
    exposed,
    description: `${name}!`,
    inputSchema: { properties: { x: { type: 'string' } } },
  }) as unknown as ToolDefinition;

function build(execute: jest.Mock) {
  const registry = {
    list: () => [tool('voice', 'list_services', true), tool('voice', 'hidden', false), tool('calcom', 'slots', true)],
  } as unknown as ToolRegistry;
  const orchestrator = { execute } as unknown as McpOrchestrator;
  return new McpProtocolService(registry, orchestrator, { version: '1.2.3' } as AppConfig);
}

describe('McpProtocolService', () => {
  it('lists only the exposed tools of the voice server, as object schemas', () => {
    expect(build(jest.fn()).listTools()).toEqual([
      {
        name: 'list_services',
        description: 'list_services!',
        inputSchema: { type: 'object', properties: { x: { type: 'string' } } },
      },
    ]);
  });

  it('calls the orchestrator as the key, for the key’s company', async () => {
    const execute = jest.fn().mockResolvedValue({ ok: true, message: 'Hi', services: [] });
    const result = await build(execute).callTool(KEY, 'list_services', { companyId: 'company-b' });
    expect(execute).toHaveBeenCalledWith(
      'voice',
      'list_services',
      { companyId: 'company-b' },
      {
        principal: { kind: 'api_key', id: 'key-1', role: 'company_admin', companyId: 'company-a' },
        companyId: 'company-a',
        signal: undefined,
      },
    );
    expect(result).toEqual({
      content: [{ type: 'text', text: '{"ok":true,"message":"Hi","services":[]}' }],
      structuredContent: { ok: true, message: 'Hi', services: [] },
    });
  });

  it('turns ok:false and orchestrator errors into isError results, and unknown tools into -32602', async () => {
    expect(toCallToolResult({ ok: false, message: 'Nope' }).isError).toBe(true);
    const refused = await build(
      jest.fn().mockRejectedValue(AppError.invalid('phone', 'maxLength', 'too long')),
    ).callTool(KEY, 'list_services', {});
    expect(refused).toMatchObject({
      isError: true,
      structuredContent: { ok: false, error: 'INVALID_INPUT', message: 'too long', details: [{ field: 'phone' }] },
    });
    for (const name of ['hidden', 'slots', 'nope']) {
      const err = await build(jest.fn())
        .callTool(KEY, name, {})
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(McpError);
      expect((err as McpError).code).toBe(ErrorCode.InvalidParams);
    }
  });
});
