import { Module } from '@nestjs/common';
import { DirectoryCompanyLookup } from 'src/mcp-servers/directory/directory-cache';
import { TenantResolver } from './tenant-resolver.service';

@Module({ providers: [TenantResolver, DirectoryCompanyLookup], exports: [TenantResolver] })
export class TenancyModule {}
