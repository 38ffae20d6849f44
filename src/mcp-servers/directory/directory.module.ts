import { Module } from '@nestjs/common';
import { DirectoryCacheInvalidator } from './directory-cache';
import { DirectoryMcpServer } from './directory.mcp-server';

/** The `directory` server (tenant resolution, customers, appointments, call stats) and its cache invalidator. */
@Module({
  providers: [DirectoryMcpServer, DirectoryCacheInvalidator],
  exports: [DirectoryCacheInvalidator],
})
export class DirectoryModule {}
