import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from 'src/auth/auth.module';
import { CallsModule } from 'src/calls/calls.module';
import { WebhookModule } from 'src/mcp-servers/webhook/webhook.module';
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
import { BalanceTransaction } from 'src/billing/balance-transaction.entity';
import { Appointment } from 'src/booking/appointment.entity';
import { Call } from 'src/calls/call.entity';
import { ToolCall } from 'src/orchestrator/tool-call.entity';
import { CallbackRequest } from 'src/booking/callback-request.entity';
import { DataProtectionModule } from 'src/ops/data-protection/data-protection.module';
import { AlertsModule } from 'src/ops/alerts/alerts.module';
import { AlertChannelsController, AlertsController } from './alerts/alerts.controller';
import { QueryAdvisorModule } from 'src/ops/query-advisor/query-advisor.module';
import { WarmerModule } from 'src/ops/warmer/warmer.module';
import { CustomerDataController, RetentionController } from './data-protection/data-protection.controller';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsService } from './appointments/appointments.service';
import { CallbacksController } from './callbacks/callbacks.controller';
import { CallbacksAdminService } from './callbacks/callbacks.service';
import { CustomersController } from './customers/customers.controller';
import { CustomersService } from './customers/customers.service';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditLogController } from './audit-log/audit-log.controller';
import { AuditLogService } from './audit-log/audit-log.service';
import { BranchesController } from './branches/branches.controller';
import { BillingController } from './billing/billing.controller';
import { BillingService } from './billing/billing.service';
import { CallsController } from './calls/calls.controller';
import { CallsService } from './calls/calls.service';
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
import { RetellToolsController } from './retell-tools/retell-tools.controller';
import { SetupController } from './setup/setup.controller';
import { SetupService } from './setup/setup.service';
import { CompanyWebhookEventsController, WebhookEventsController } from './webhook-events/webhook-events.controller';

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
    // The inbox (webhook events) and the call import.
    WebhookModule,
    CallsModule,
    // Read side of calls and the prepaid ledger.
    TypeOrmModule.forFeature([Call, ToolCall, Appointment, BalanceTransaction]),
    // Callback requests, worked off in the portal.
    TypeOrmModule.forFeature([CallbackRequest]),
    // Callers, found by name or number for their export or erase.
    TypeOrmModule.forFeature([Customer]),
    // A caller's export and erase; the retention purge on demand.
    DataProtectionModule,
    // Alerts and their notification channels.
    AlertsModule,
    // The cache warmer and the query advisor, run on demand from the ops API.
    WarmerModule,
    QueryAdvisorModule,
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
    CallsController,
    AppointmentsController,
    CallbacksController,
    WebhookEventsController,
    RetellToolsController,
    CompanyWebhookEventsController,
    CustomersController,
    CustomerDataController,
    RetentionController,
    AlertsController,
    AlertChannelsController,
    SetupController,
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
    CallsService,
    AppointmentsService,
    CallbacksAdminService,
    CustomersService,
    BillingService,
    SetupService,
  ],
})
export class AdminApiModule {}
