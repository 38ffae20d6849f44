import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from 'src/auth/auth.module';
import { DirectoryModule } from 'src/mcp-servers/directory/directory.module';
import { ApiKey } from 'src/auth/entities/api-key.entity';
import { RefreshToken } from 'src/auth/entities/refresh-token.entity';
import { User } from 'src/auth/entities/user.entity';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { AuditLog } from 'src/platform/audit/audit-log.entity';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditLogController } from './audit-log/audit-log.controller';
import { AuditLogService } from './audit-log/audit-log.service';
import { BranchesController } from './branches/branches.controller';
import { BillingController } from './billing/billing.controller';
import { IntegrationsController } from './integrations/integrations.controller';
import { IntegrationsService } from './integrations/integrations.service';
import { McpController } from './mcp/mcp.controller';
import { OpsController } from './ops/ops.controller';
import { BranchesService } from './branches/branches.service';
import { CompaniesController } from './companies/companies.controller';
import { CompaniesService } from './companies/companies.service';
import { PhoneNumbersController } from './phone-numbers/phone-numbers.controller';
import { PhoneNumbersService } from './phone-numbers/phone-numbers.service';
import { ServicesController } from './services/services.controller';
import { ServicesService } from './services/services.service';
import { StaffController } from './staff/staff.controller';
import { CompanyStatsController } from './stats/company-stats.controller';
import { StaffService } from './staff/staff.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { KnowledgeDocumentVersion } from 'src/mcp-servers/knowledge/knowledge-document-version.entity';
import { KnowledgeDocument } from 'src/mcp-servers/knowledge/knowledge-document.entity';
import { KnowledgeModule } from 'src/mcp-servers/knowledge/knowledge.module';
import { KnowledgeController, KnowledgeTemplatesController } from './knowledge/knowledge.controller';
import { KnowledgeService } from './knowledge/knowledge.service';

@Module({
  imports: [
    // AuthModule for ApiKeyService and PasswordService.
    AuthModule,
    // The directory's cache invalidator: changes here drop cached tenant resolutions.
    DirectoryModule,
    TypeOrmModule.forFeature([Company, Branch, PhoneNumber, Service, Staff, User, RefreshToken, ApiKey, AuditLog]),
    // Knowledge base: documents, their versions, and the search the `knowledge` server uses too.
    TypeOrmModule.forFeature([KnowledgeDocument, KnowledgeDocumentVersion]),
    KnowledgeModule,
  ],
  controllers: [
    CompaniesController,
    BranchesController,
    PhoneNumbersController,
    ServicesController,
    StaffController,
    UsersController,
    ApiKeysController,
    AuditLogController,
    McpController,
    IntegrationsController,
    BillingController,
    OpsController,
    CompanyStatsController,
    KnowledgeTemplatesController,
    KnowledgeController,
  ],
  providers: [
    CompaniesService,
    BranchesService,
    PhoneNumbersService,
    ServicesService,
    StaffService,
    UsersService,
    ApiKeysService,
    AuditLogService,
    IntegrationsService,
    KnowledgeService,
  ],
})
export class AdminApiModule {}
