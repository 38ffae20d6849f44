import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { AppError } from 'src/platform/errors/app-error';
import {
  DEFAULT_SERVER_OPTIONS,
  MCP_SERVER_METADATA,
  McpServerHealth,
  McpServerMeta,
  McpServerOptions,
  TOOL_METADATA,
} from './tool.decorator';
import type { ToolHandler, ToolOptions } from './tool.types';

export type SchemaObject = ReturnType<typeof targetConstructorToSchema>;

/** Retell's function-name rule, which MCP clients accept too. */
export const EXPOSED_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export interface ToolDefinition extends ToolOptions {
  /** `<server>.<tool>` */
  id: string;
  server: string;
  handler: ToolHandler;
  inputSchema: SchemaObject;
}

export interface ServerDefinition {
  name: string;
  options: Required<Omit<McpServerOptions, 'rateLimit'>> & Pick<McpServerOptions, 'rateLimit'>;
  health?: McpServerHealth['healthCheck'];
  tools: ToolDefinition[];
}

/** Finds every @McpServer provider and its @Tool methods at start-up; the one catalogue of tools. */
@Injectable()
export class ToolRegistry implements OnModuleInit {
  private readonly logger = new Logger('ToolRegistry');
  private readonly tools = new Map<string, ToolDefinition>();
  private readonly servers = new Map<string, ServerDefinition>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/definitions/' });
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const meta = this.reflector.get<McpServerMeta | undefined>(
        MCP_SERVER_METADATA,
        wrapper.metatype as object as never,
      );
      if (!meta) continue;
      this.register(meta, instance, schemas);
    }
    this.logger.log(`Registered ${this.tools.size} tools on ${this.servers.size} servers`);
  }

  /** Also used by tests to register a controllable server without a module. */
  register(
    meta: McpServerMeta,
    instance: object,
    schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/definitions/' }),
  ): void {
    if (this.servers.has(meta.name)) throw new Error(`Duplicate MCP server "${meta.name}"`);
    const server: ServerDefinition = {
      name: meta.name,
      options: { ...DEFAULT_SERVER_OPTIONS, ...meta.options },
      health: 'healthCheck' in instance ? (instance as McpServerHealth).healthCheck.bind(instance) : undefined,
      tools: [],
    };
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of this.scanner.getAllMethodNames(prototype)) {
      const fn = (prototype as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
      const options = this.reflector.get<ToolOptions | undefined>(TOOL_METADATA, fn);
      if (!options) continue;
      const id = `${meta.name}.${options.name}`;
      if (!EXPOSED_NAME.test(options.name)) throw new Error(`Tool name "${id}" must match ${EXPOSED_NAME}`);
      if (this.tools.has(id)) throw new Error(`Duplicate tool "${id}"`);
      const definition: ToolDefinition = {
        ...options,
        id,
        server: meta.name,
        handler: fn.bind(instance) as ToolHandler,
        inputSchema: toSelfContainedSchema(options.input, schemas),
      };
      this.tools.set(id, definition);
      server.tools.push(definition);
    }
    this.assertUniqueExposedNames();
    this.servers.set(meta.name, server);
  }

  get(server: string, tool: string): ToolDefinition {
    const definition = this.tools.get(`${server}.${tool}`);
    if (!definition) throw AppError.notFound(`Tool ${server}.${tool}`);
    return definition;
  }

  server(name: string): ServerDefinition {
    const server = this.servers.get(name);
    if (!server) throw AppError.notFound(`Server ${name}`);
    return server;
  }

  list(): ToolDefinition[] {
    return [...this.tools.values()];
  }

  listServers(): ServerDefinition[] {
    return [...this.servers.values()];
  }

  /** Voice agents and MCP clients see exposed tools under bare names: those must be unique across servers. */
  private assertUniqueExposedNames(): void {
    const seen = new Map<string, string>();
    for (const tool of this.tools.values()) {
      if (!tool.exposed) continue;
      const other = seen.get(tool.name);
      if (other) throw new Error(`Exposed tool name "${tool.name}" is used by ${other} and ${tool.id}`);
      seen.set(tool.name, tool.id);
    }
  }
}

/** The DTO's JSON Schema with the nested DTOs it references inlined under `definitions`. */
function toSelfContainedSchema(input: ToolOptions['input'], all: Record<string, SchemaObject>): SchemaObject {
  const schema = targetConstructorToSchema(input, { refPointerPrefix: '#/definitions/' }) as SchemaObject;
  const definitions: Record<string, SchemaObject> = {};
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/definitions/', '');
        if (!definitions[name] && all[name]) {
          definitions[name] = all[name];
          visit(all[name]);
        }
      } else visit(value);
    }
  };
  visit(schema);
  return Object.keys(definitions).length ? ({ ...schema, definitions } as SchemaObject) : schema;
}
