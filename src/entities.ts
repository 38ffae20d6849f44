import { ApiKey } from 'src/auth/entities/api-key.entity';
import { RefreshToken } from 'src/auth/entities/refresh-token.entity';
import { User } from 'src/auth/entities/user.entity';
import { BalanceTransaction } from 'src/billing/balance-transaction.entity';
import { Appointment } from 'src/booking/appointment.entity';
import { SlotReservation } from 'src/booking/slot-reservation.entity';
import { Call } from 'src/calls/call.entity';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { Integration } from 'src/platform/credentials/integration.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { KnowledgeDocument } from 'src/mcp-servers/knowledge/knowledge-document.entity';
import { KnowledgeDocumentVersion } from 'src/mcp-servers/knowledge/knowledge-document-version.entity';
import { WebhookEvent } from 'src/mcp-servers/webhook/webhook-event.entity';
import { Alert } from 'src/ops/alerts/alert.entity';
import { AlertChannel } from 'src/ops/alerts/alert-channel.entity';
import { QueryAdvisorReport } from 'src/ops/query-advisor/query-advisor-report.entity';
import { CallbackRequest } from 'src/booking/callback-request.entity';
import { ToolCallRollup } from 'src/orchestrator/stats/tool-call-rollup.entity';
import { ToolCall } from 'src/orchestrator/tool-call.entity';
import { AuditLog } from 'src/platform/audit/audit-log.entity';

/** Every entity, for the one data source shared by the app and the migration CLI. */
export const ENTITIES = [
  Company,
  Branch,
  PhoneNumber,
  Service,
  Staff,
  Customer,
  Integration,
  User,
  RefreshToken,
  ApiKey,
  Call,
  Appointment,
  SlotReservation,
  WebhookEvent,
  KnowledgeDocument,
  KnowledgeDocumentVersion,
  BalanceTransaction,
  ToolCall,
  ToolCallRollup,
  Alert,
  AlertChannel,
  CallbackRequest,
  AuditLog,
  QueryAdvisorReport,
];
