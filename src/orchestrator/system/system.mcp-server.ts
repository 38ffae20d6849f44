import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsTimeZone, MaxLength } from 'class-validator';
import { McpServer, McpServerHealth, Tool } from '../tool.decorator';

export class EchoInput {
  @ApiProperty({ maxLength: 1000 }) @IsString() @MaxLength(1000) text: string;
}

export class TimeInput {
  @ApiPropertyOptional({ example: 'Europe/Berlin' }) @IsOptional() @IsTimeZone() timeZone?: string;
}

/** A built-in server with two trivial tools, so the pipeline can be exercised end to end without a vendor. */
@Injectable()
@McpServer('system')
export class SystemMcpServer implements McpServerHealth {
  @Tool({
    name: 'echo',
    description: 'Returns the text it was given.',
    input: EchoInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 1000,
  })
  async echo(input: EchoInput): Promise<{ text: string }> {
    return { text: input.text };
  }

  @Tool({
    name: 'time',
    description: 'The current time, as an ISO instant and as local wall-clock time in the given zone.',
    input: TimeInput,
    access: 'platform',
    idempotent: true,
    timeoutMs: 1000,
  })
  async time(input: TimeInput): Promise<{ now: string; timeZone: string; local: string }> {
    const timeZone = input.timeZone ?? 'UTC';
    const now = new Date();
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(now);
    return { now: now.toISOString(), timeZone, local };
  }

  async healthCheck(): Promise<{ ok: boolean }> {
    return { ok: true };
  }
}
