/**
 * Generated from openapi/openapi.json by npm run openapi:update — do not edit.
 */

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_integrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompaniesController_list"];
        put?: never;
        post: operations["CompaniesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompaniesController_get"];
        put?: never;
        post?: never;
        delete: operations["CompaniesController_remove"];
        options?: never;
        head?: never;
        patch: operations["CompaniesController_update"];
        trace?: never;
    };
    "/api/companies/{companyId}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's branches */
        get: operations["BranchesController_list"];
        put?: never;
        /** Create a branch */
        post: operations["BranchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/branches/{branchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a branch */
        get: operations["BranchesController_get"];
        put?: never;
        post?: never;
        /** Delete a branch */
        delete: operations["BranchesController_remove"];
        options?: never;
        head?: never;
        /** Update a branch */
        patch: operations["BranchesController_update"];
        trace?: never;
    };
    "/api/companies/{companyId}/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's phone numbers */
        get: operations["PhoneNumbersController_list"];
        put?: never;
        /** Create a phone number */
        post: operations["PhoneNumbersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/phone-numbers/{phoneNumberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a phone number */
        get: operations["PhoneNumbersController_get"];
        put?: never;
        post?: never;
        /** Delete a phone number */
        delete: operations["PhoneNumbersController_remove"];
        options?: never;
        head?: never;
        /** Update a phone number */
        patch: operations["PhoneNumbersController_update"];
        trace?: never;
    };
    "/api/companies/{companyId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's services */
        get: operations["ServicesController_list"];
        put?: never;
        /** Create a service */
        post: operations["ServicesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a service */
        get: operations["ServicesController_get"];
        put?: never;
        post?: never;
        /** Delete a service */
        delete: operations["ServicesController_remove"];
        options?: never;
        head?: never;
        /** Update a service */
        patch: operations["ServicesController_update"];
        trace?: never;
    };
    "/api/companies/{companyId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's staff */
        get: operations["StaffController_list"];
        put?: never;
        /** Create a staff member */
        post: operations["StaffController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a staff member */
        get: operations["StaffController_get"];
        put?: never;
        post?: never;
        /** Delete a staff member */
        delete: operations["StaffController_remove"];
        options?: never;
        head?: never;
        /** Update a staff member */
        patch: operations["StaffController_update"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UsersController_remove"];
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/companies/{companyId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_listOfCompany"];
        put?: never;
        post: operations["UsersController_createInCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UsersController_removeFromCompany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_list"];
        put?: never;
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditLogController_listOfCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mcp/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["McpController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mcp/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["McpController_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mcp/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["McpController_tools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IntegrationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IntegrationsController_get"];
        put: operations["IntegrationsController_put"];
        post?: never;
        delete: operations["IntegrationsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations/{provider}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IntegrationsController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations/calcom/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IntegrationsController_syncCalcom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations/retell/sync-phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IntegrationsController_syncRetell"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations/retell/import-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IntegrationsController_importCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/integrations/{provider}/webhook-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IntegrationsController_webhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BillingController_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/balance/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BillingController_transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/balance/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BillingController_checkout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpsController_database"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/cache/warm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OpsController_warmCache"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/query-advisor/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OpsController_runAdvisor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/query-advisor/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpsController_latestAdvisorReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpsController_timeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/circuits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/circuits/{server}/{scope}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OpsController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/cache/{server}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OpsController_clearCache"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompanyStatsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/stats/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompanyStatsController_timeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KnowledgeTemplatesController_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KnowledgeController_list"];
        put?: never;
        post: operations["KnowledgeController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KnowledgeController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/knowledge/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KnowledgeController_fromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/knowledge/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KnowledgeController_get"];
        put?: never;
        post?: never;
        delete: operations["KnowledgeController_remove"];
        options?: never;
        head?: never;
        patch: operations["KnowledgeController_update"];
        trace?: never;
    };
    "/api/companies/{companyId}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CallsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CallsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CallbacksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/callbacks/{callbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CallbacksController_update"];
        trace?: never;
    };
    "/api/webhook-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhookEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-events/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhookEventsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-events/replay-dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhookEventsController_replayDead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhookEventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-events/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhookEventsController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/retell/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RetellToolsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/webhook-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompanyWebhookEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/webhook-events/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompanyWebhookEventsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/webhook-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompanyWebhookEventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/webhook-events/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompanyWebhookEventsController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomersController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/customers/{customerId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerDataController_export"];
        put?: never;
        post?: never;
        delete: operations["CustomerDataController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/retention/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RetentionController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AlertsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/alerts/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AlertsController_ack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/alert-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AlertChannelsController_list"];
        put?: never;
        post: operations["AlertChannelsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/alert-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AlertChannelsController_get"];
        put?: never;
        post?: never;
        delete: operations["AlertChannelsController_remove"];
        options?: never;
        head?: never;
        patch: operations["AlertChannelsController_update"];
        trace?: never;
    };
    "/api/ops/alert-channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AlertChannelsController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SetupController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /** @example admin@example.com */
            email: string;
            password: string;
        };
        UserDto: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "super_admin" | "ops" | "company_admin";
            companyId: string | null;
        };
        TokenResponseDto: {
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            user: components["schemas"]["UserDto"];
        };
        FieldErrorDto: {
            /**
             * @description Path of the offending field, e.g. `settings.retentionDays`
             * @example name
             */
            field: string;
            /**
             * @description The check that failed
             * @example isLength
             */
            rule: string;
            /** @example name must be longer than or equal to 1 characters */
            message: string;
        };
        ErrorBodyDto: {
            /**
             * @description Stable code; clients branch on it, not on the text
             * @enum {string}
             */
            code: "INVALID_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "OVERLOADED" | "UPSTREAM_REJECTED" | "UPSTREAM_UNAUTHORIZED" | "UPSTREAM_UNAVAILABLE" | "CIRCUIT_OPEN" | "TIMEOUT" | "INTERNAL";
            /** @example Invalid input: name */
            message: string;
            /** @description The fields at fault (INVALID_INPUT, some CONFLICTs); otherwise empty */
            details: components["schemas"]["FieldErrorDto"][];
        };
        ErrorEnvelopeDto: {
            error: components["schemas"]["ErrorBodyDto"];
            /** @description Also in the X-Request-Id response header; quote it when reporting a problem */
            requestId: string;
        };
        PrincipalDto: {
            /** @enum {string} */
            kind: "user" | "api_key";
            id: string;
            label: string;
            /** @enum {string} */
            role: "super_admin" | "ops" | "company_admin";
            companyId: string | null;
            scopes: string[];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        CompanySettingsDto: {
            /** @description Minutes kept free around appointments */
            bookingBufferMinutes: number;
            /** @description How far ahead callers may book */
            maxAdvanceDays: number;
            /** @description Prepaid balance below which the company is alerted */
            lowBalanceThresholdCents: number;
            /** @description Days transcripts, recordings and payloads are kept */
            retentionDays: number;
        };
        CompanyBillingDto: {
            ratePerMinuteCents: number;
            billingIncrementSeconds: number;
        };
        CompanyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example Europe/Berlin */
            timezone: string;
            /** @enum {string} */
            locale: "de" | "en";
            /** @example DE */
            country: string;
            settings: components["schemas"]["CompanySettingsDto"];
            billing: components["schemas"]["CompanyBillingDto"];
            balanceCents: number;
            createdAt: string;
            updatedAt: string;
        };
        CompanyPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CompanyDto"][];
        };
        CompanySettingsPatchDto: {
            /** @description Minutes kept free around appointments */
            bookingBufferMinutes?: number;
            /** @description How far ahead callers may book */
            maxAdvanceDays?: number;
            /** @description Prepaid balance below which the company is alerted */
            lowBalanceThresholdCents?: number;
            /** @description Days transcripts, recordings and payloads are kept */
            retentionDays?: number;
        };
        CompanyBillingPatchDto: {
            ratePerMinuteCents?: number;
            billingIncrementSeconds?: number;
        };
        CreateCompanyDto: {
            name: string;
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timezone?: string;
            /** @enum {string} */
            locale?: "de" | "en";
            /**
             * @description ISO 3166-1 alpha-2, to read national phone numbers
             * @example DE
             */
            country?: string;
            settings?: components["schemas"]["CompanySettingsPatchDto"];
            /** @description super_admin only */
            billing?: components["schemas"]["CompanyBillingPatchDto"];
        };
        UpdateCompanyDto: {
            name?: string;
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timezone?: string;
            /** @enum {string} */
            locale?: "de" | "en";
            /**
             * @description ISO 3166-1 alpha-2, to read national phone numbers
             * @example DE
             */
            country?: string;
            settings?: components["schemas"]["CompanySettingsPatchDto"];
            /** @description super_admin only */
            billing?: components["schemas"]["CompanyBillingPatchDto"];
        };
        SpecialDayDto: {
            /** @example 2026-12-24 */
            date: string;
            /**
             * @description Empty: closed all day
             * @example [
             *       [
             *         "09:00",
             *         "12:00"
             *       ]
             *     ]
             */
            intervals: string[];
            /** @example Heiligabend */
            note?: string;
        };
        BranchDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            name: string;
            timezone: string;
            address: string | null;
            /**
             * @example {
             *       "mon": [
             *         [
             *           "08:00",
             *           "12:00"
             *         ],
             *         [
             *           "13:00",
             *           "18:00"
             *         ]
             *       ],
             *       "sat": [
             *         [
             *           "09:00",
             *           "13:00"
             *         ]
             *       ]
             *     }
             */
            businessHours: Record<string, never>;
            specialDays: components["schemas"]["SpecialDayDto"][];
            calcomEventTypeId: number | null;
            retellAgentId: string | null;
            isActive: boolean;
            createdAt: string;
            updatedAt: string;
        };
        BranchPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["BranchDto"][];
        };
        CreateBranchDto: {
            name: string;
            /**
             * @description IANA time zone; defaults to the company's
             * @example Europe/Berlin
             */
            timezone?: string;
            address?: Record<string, never>;
            /**
             * @description Weekday (mon…sun) → HH:mm intervals
             * @example {
             *       "mon": [
             *         [
             *           "08:00",
             *           "12:00"
             *         ],
             *         [
             *           "13:00",
             *           "18:00"
             *         ]
             *       ],
             *       "sat": [
             *         [
             *           "09:00",
             *           "13:00"
             *         ]
             *       ]
             *     }
             */
            businessHours?: Record<string, never>;
            specialDays?: components["schemas"]["SpecialDayDto"][];
            /** @description Default Cal.com event type for bookings */
            calcomEventTypeId?: number | null;
            /** @description Retell agent answering this branch */
            retellAgentId?: string | null;
            /** @default true */
            isActive: boolean;
        };
        UpdateBranchDto: {
            name?: string;
            /**
             * @description IANA time zone; defaults to the company's
             * @example Europe/Berlin
             */
            timezone?: string;
            address?: Record<string, never>;
            /**
             * @description Weekday (mon…sun) → HH:mm intervals
             * @example {
             *       "mon": [
             *         [
             *           "08:00",
             *           "12:00"
             *         ],
             *         [
             *           "13:00",
             *           "18:00"
             *         ]
             *       ],
             *       "sat": [
             *         [
             *           "09:00",
             *           "13:00"
             *         ]
             *       ]
             *     }
             */
            businessHours?: Record<string, never>;
            specialDays?: components["schemas"]["SpecialDayDto"][];
            /** @description Default Cal.com event type for bookings */
            calcomEventTypeId?: number | null;
            /** @description Retell agent answering this branch */
            retellAgentId?: string | null;
            /** @default true */
            isActive: boolean;
        };
        PhoneNumberDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            /** @example +49301234567 */
            number: string;
            /** Format: uuid */
            branchId: string | null;
            retellAgentId: string | null;
            label: string | null;
            isActive: boolean;
            createdAt: string;
            updatedAt: string;
        };
        PhoneNumberPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["PhoneNumberDto"][];
        };
        CreatePhoneNumberDto: {
            /**
             * @description Any format; stored as E.164 using the company's country
             * @example 030 1234567
             */
            number: string;
            /** Format: uuid */
            branchId?: string | null;
            /** @description Overrides the branch's agent for this number */
            retellAgentId?: string | null;
            label?: string | null;
            /** @default true */
            isActive: boolean;
        };
        UpdatePhoneNumberDto: {
            /**
             * @description Any format; stored as E.164 using the company's country
             * @example 030 1234567
             */
            number?: string;
            /** Format: uuid */
            branchId?: string | null;
            /** @description Overrides the branch's agent for this number */
            retellAgentId?: string | null;
            label?: string | null;
            /** @default true */
            isActive: boolean;
        };
        ServiceDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            branchId: string | null;
            name: string;
            durationMinutes: number;
            priceCents: number | null;
            calcomEventTypeId: number | null;
            keywords: string[];
            isActive: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ServicePageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["ServiceDto"][];
        };
        CreateServiceDto: {
            /** @example Zahnreinigung */
            name: string;
            /** @example 45 */
            durationMinutes: number;
            /** @example 8900 */
            priceCents?: number | null;
            /** @description Cal.com event type booked for it */
            calcomEventTypeId?: number | null;
            /**
             * @description Words callers use for it (each at most 64 characters)
             * @example [
             *       "reinigung",
             *       "prophylaxe"
             *     ]
             */
            keywords?: string[];
            /**
             * Format: uuid
             * @description Empty: all branches
             */
            branchId?: string | null;
            /** @default true */
            isActive: boolean;
        };
        UpdateServiceDto: {
            /** @example Zahnreinigung */
            name?: string;
            /** @example 45 */
            durationMinutes?: number;
            /** @example 8900 */
            priceCents?: number | null;
            /** @description Cal.com event type booked for it */
            calcomEventTypeId?: number | null;
            /**
             * @description Words callers use for it (each at most 64 characters)
             * @example [
             *       "reinigung",
             *       "prophylaxe"
             *     ]
             */
            keywords?: string[];
            /**
             * Format: uuid
             * @description Empty: all branches
             */
            branchId?: string | null;
            /** @default true */
            isActive: boolean;
        };
        StaffDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            branchId: string | null;
            name: string;
            email: string | null;
            calcomUsername: string | null;
            calcomEventTypeId: number | null;
            isBookable: boolean;
            createdAt: string;
            updatedAt: string;
        };
        StaffPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["StaffDto"][];
        };
        CreateStaffDto: {
            /** @example Dr. Anna Berg */
            name: string;
            email?: string | null;
            /** Format: uuid */
            branchId?: string | null;
            /** @description Cal.com user booked for them */
            calcomUsername?: string | null;
            /** @description Cal.com event type booked for them */
            calcomEventTypeId?: number | null;
            /**
             * @description Whether callers can book them
             * @default true
             */
            isBookable: boolean;
        };
        UpdateStaffDto: {
            /** @example Dr. Anna Berg */
            name?: string;
            email?: string | null;
            /** Format: uuid */
            branchId?: string | null;
            /** @description Cal.com user booked for them */
            calcomUsername?: string | null;
            /** @description Cal.com event type booked for them */
            calcomEventTypeId?: number | null;
            /**
             * @description Whether callers can book them
             * @default true
             */
            isBookable: boolean;
        };
        UserAccountDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "super_admin" | "ops" | "company_admin";
            /** Format: uuid */
            companyId: string | null;
            isActive: boolean;
            lastLoginAt: string | null;
            createdAt: string;
        };
        UserAccountPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["UserAccountDto"][];
        };
        CreateUserDto: {
            /**
             * @description Unique, case-insensitive; stored lower-case
             * @example anna@praxis.example
             */
            email: string;
            password: string;
            /** @enum {string} */
            role: "super_admin" | "ops" | "company_admin";
            /**
             * Format: uuid
             * @description Required for company_admin (a live company), empty otherwise
             */
            companyId?: string | null;
        };
        UpdateUserDto: {
            /** @enum {string} */
            role?: "super_admin" | "ops" | "company_admin";
            /**
             * Format: uuid
             * @description Required for company_admin (a live company), empty otherwise
             */
            companyId?: string | null;
            /** @description An inactive user cannot sign in; their tokens stop working */
            isActive?: boolean;
            /** @description Signs the user out everywhere */
            password?: string;
        };
        CreateCompanyUserDto: {
            /**
             * @description Unique, case-insensitive; stored lower-case
             * @example anna@praxis.example
             */
            email: string;
            password: string;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: ("voice" | "admin")[];
            /** @description The public part of the key (`swb_<prefix>_…`) */
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        ApiKeyPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["ApiKeyDto"][];
        };
        CreateApiKeyDto: {
            /** @example Retell production */
            name: string;
            /** @description `voice`: the voice tools; `admin`: this REST API as a company admin */
            scopes: ("voice" | "admin")[];
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: ("voice" | "admin")[];
            prefix: string;
            /**
             * @description The whole key, shown once: store it now
             * @example swb_abc123def456_…
             */
            secret: string;
            createdAt: string;
        };
        AuditLogEntryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            actorType: "user" | "api_key" | "system";
            /** Format: uuid */
            actorId: string | null;
            /** @description The user's e-mail or the key's name */
            actorLabel: string | null;
            /** Format: uuid */
            companyId: string | null;
            /** @example service.update */
            action: string;
            /** @example service */
            targetType: string;
            targetId: string | null;
            /** @description Secrets masked */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description Secrets masked */
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
            ip: string | null;
            createdAt: string;
        };
        AuditLogPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AuditLogEntryDto"][];
        };
        ExecuteToolDto: {
            /** @example system */
            server: string;
            /** @example echo */
            tool: string;
            /**
             * @example {
             *       "text": "hallo"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description super_admin and ops name the company; others act for their own
             */
            companyId?: string;
        };
        ToolResultDto: {
            /** @description The tool's output */
            result: Record<string, never>;
        };
        BatchDto: {
            calls: components["schemas"]["ExecuteToolDto"][];
        };
        ToolErrorDto: {
            code: string;
            message: string;
            details: Record<string, never>[];
        };
        BatchItemDto: {
            ok: boolean;
            result?: Record<string, never>;
            error?: components["schemas"]["ToolErrorDto"];
        };
        BatchResultDto: {
            results: components["schemas"]["BatchItemDto"][];
        };
        ToolInfoDto: {
            /** @example system.echo */
            id: string;
            server: string;
            name: string;
            description: string;
            /** @enum {string} */
            access: "tenant-read" | "tenant-write" | "platform";
            idempotent: boolean;
            timeoutMs: number;
            cacheTtlSeconds: number | null;
            exposed: boolean;
            inputSchema: {
                [key: string]: unknown;
            };
        };
        IntegrationSettingsDto: {
            /**
             * @description Cal.com only: a self-hosted Cal.com or cal.eu (https; never a private address)
             * @example https://cal.example.org
             */
            apiUrl?: string;
        };
        IntegrationDto: {
            /** @enum {string} */
            provider: "calcom" | "retell";
            /** @enum {string} */
            status: "unconfigured" | "connected" | "error";
            /** @description Last four characters of the key */
            apiKeyLast4: string | null;
            settings: components["schemas"]["IntegrationSettingsDto"];
            lastTestedAt: string | null;
            lastTestOk: boolean | null;
            lastTestDetail: string | null;
            /** @description The URL to enter in the vendor for its webhooks */
            webhookUrl: string;
        };
        PutIntegrationDto: {
            /** @description The vendor API key; stored encrypted, never returned */
            apiKey: string;
            /** @description Retell only: the key with the webhook badge (defaults to apiKey) */
            webhookKey?: string;
            settings?: components["schemas"]["IntegrationSettingsDto"];
        };
        TestResultDto: {
            ok: boolean;
            latencyMs: number;
            detail: string;
        };
        SyncResultDto: {
            created: number;
            updated: number;
            skipped: number;
            failed: number;
        };
        ImportCallsDto: {
            /**
             * @description Import the calls of the last N days
             * @example 7
             */
            days: number;
        };
        ImportResultDto: {
            /** @description Calls recorded now */
            created: number;
            /** @description Calls already recorded */
            skipped: number;
            /** @description Calls that could not be recorded */
            failed: number;
        };
        WebhookSecretDto: {
            /** @description Shown once: enter it as the webhook secret in Cal.com */
            secret: string;
            webhookUrl: string;
        };
        BalanceDto: {
            /** @description The prepaid balance */
            balanceCents: number;
            /** @description Below this the company is warned (company settings) */
            lowBalanceThresholdCents: number;
            ratePerMinuteCents: number;
            /** @description Calls are charged in steps of this many seconds */
            billingIncrementSeconds: number;
            /** @enum {string} */
            currency: "eur";
        };
        BalanceTransactionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "call_charge" | "topup" | "refund" | "adjustment";
            /** @description Signed: credits positive, charges negative */
            amountCents: number;
            balanceAfterCents: number;
            /**
             * Format: uuid
             * @description The charged call
             */
            callId: string | null;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        BalanceTransactionPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["BalanceTransactionDto"][];
        };
        CreateTopupCheckoutInput: {
            /**
             * @description EUR cents
             * @example 5000
             */
            amountCents: number;
            /** @description Makes the request idempotent: the same nonce and amount return the same Checkout Session. Without it, requests in the same minute share one. */
            nonce?: string;
        };
        CheckoutDto: {
            /** @description The Stripe Checkout page to send the admin to */
            url: string;
        };
        ToolFiguresDto: {
            /** @description All calls, whatever their outcome */
            calls: number;
            ok: number;
            cacheHits: number;
            /** @description Outcomes error, timeout and circuit_open */
            errors: number;
            /** @description Refused for invalid input (not an error) */
            invalidInput: number;
            /** @description Refused by our own limits (not an error) */
            rejected: number;
            /** @description errors / calls, 0 without calls */
            errorRate: number;
            /** @description cacheHits / calls; null for tools without a cache */
            cacheHitRatio: number | null;
            avgLatencyMs: number | null;
            maxLatencyMs: number | null;
            /** @description Estimated from the latency histogram: the upper bound of the bucket, capped at the maximum */
            p50Ms: number | null;
            p95Ms: number | null;
            p99Ms: number | null;
        };
        ToolStatsDto: {
            /** @description All calls, whatever their outcome */
            calls: number;
            ok: number;
            cacheHits: number;
            /** @description Outcomes error, timeout and circuit_open */
            errors: number;
            /** @description Refused for invalid input (not an error) */
            invalidInput: number;
            /** @description Refused by our own limits (not an error) */
            rejected: number;
            /** @description errors / calls, 0 without calls */
            errorRate: number;
            /** @description cacheHits / calls; null for tools without a cache */
            cacheHitRatio: number | null;
            avgLatencyMs: number | null;
            maxLatencyMs: number | null;
            /** @description Estimated from the latency histogram: the upper bound of the bucket, capped at the maximum */
            p50Ms: number | null;
            p95Ms: number | null;
            p99Ms: number | null;
            /** @example calcom */
            server: string;
            /** @example check_availability */
            tool: string;
        };
        CircuitStateDto: {
            server: string;
            /** @description Company id, or "system" for platform-wide calls */
            companyId: string;
            /** @enum {string} */
            state: "closed" | "half_open" | "open";
            since: string;
        };
        QueueStatsDto: {
            name: string;
            waiting: number;
            active: number;
            delayed: number;
            failed: number;
            /** @description Seconds the oldest waiting job has waited */
            oldestWaitingAgeSeconds: number | null;
        };
        DbPoolDto: {
            /** @description Configured maximum connections (DATABASE_POOL_SIZE) */
            max: number;
            /** @description Open connections (in use + idle) */
            total: number;
            inUse: number;
            idle: number;
            /** @description Queries queued for a free connection */
            waiting: number;
        };
        DatabaseStatusDto: {
            /** @description PGlite in-process (no pool) */
            embedded: boolean;
            pool: components["schemas"]["DbPoolDto"] | null;
            /** @description The query advisor's hint when clients wait */
            hint: string | null;
        };
        OpsOverviewDto: {
            /** @enum {string} */
            window: "1h" | "24h" | "7d";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            totals: components["schemas"]["ToolFiguresDto"];
            tools: components["schemas"]["ToolStatsDto"][];
            /** @description Breaker states per server × company */
            circuits: components["schemas"]["CircuitStateDto"][];
            queues: components["schemas"]["QueueStatsDto"][];
            database: components["schemas"]["DatabaseStatusDto"];
        };
        WarmProblemDto: {
            /** @enum {string} */
            kind: "number" | "availability";
            /** @description company:<id> for a number, <companyId>:<eventTypeId> for availability */
            target: string;
            /** @description Error code, or RATE_BUDGET when the warmer left the rest of the limit to calls */
            code: string;
        };
        CacheWarmReportDto: {
            /** @description Active numbers whose resolution is cached (system and company keys) */
            numbers: number;
            /** @description Event types whose availability window is cached */
            availability: number;
            /** @description Availability left out to stay within Cal.com's rate limit */
            skipped: number;
            failed: number;
            durationMs: number;
            /** Format: date-time */
            startedAt: string;
            problems: components["schemas"]["WarmProblemDto"][];
        };
        QueryAdvisorRunDto: {
            /** @description Run ANALYZE (planner statistics) before the report */
            analyze?: boolean;
        };
        QueryAdvisorReportDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "pg_stat_statements" | "explain";
            /** Format: date-time */
            createdAt: string;
            /** @description slowestQueries, hotQueryPlans (EXPLAIN path), indexHints, tableSizes, pool, hints, analyzed, durationMs */
            report: {
                [key: string]: unknown;
            };
        };
        TimeseriesPointDto: {
            /**
             * Format: date-time
             * @description Start of the step
             */
            t: string;
            value: number;
        };
        TimeseriesDto: {
            /** @enum {string} */
            metric: "calls" | "errors" | "error_rate" | "p95" | "cache_hit_ratio";
            /** @enum {string} */
            window: "1h" | "24h" | "7d";
            /** @description Seconds per point: 60 (1h), 300 (24h) or 3600 (7d) */
            step: number;
            points: components["schemas"]["TimeseriesPointDto"][];
        };
        CircuitDto: {
            server: string;
            /** @description Company id, or "system" for platform-wide calls */
            companyId: string;
            /** @enum {string} */
            state: "closed" | "half_open" | "open";
            since: string;
        };
        ClearedDto: {
            deleted: number;
        };
        CompanyStatsDto: {
            /** @enum {string} */
            window: "1h" | "24h" | "7d";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            totals: components["schemas"]["ToolFiguresDto"];
            tools: components["schemas"]["ToolStatsDto"][];
            /** @description Breaker states per server × company */
            circuits: components["schemas"]["CircuitStateDto"][];
        };
        KnowledgeTemplateDto: {
            id: string;
            /** @enum {string} */
            industry: "medical" | "beauty" | "veterinary" | "legal";
            title: string;
            content: string;
            /** @enum {string} */
            language: "de" | "en";
            tags: string[];
        };
        KnowledgeDocumentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            title: string;
            content: string;
            /** @enum {string} */
            language: "de" | "en";
            /** @enum {string} */
            status: "draft" | "published";
            /** @description Increments when title, content, language or tags change */
            version: number;
            tags: string[];
            createdAt: string;
            updatedAt: string;
        };
        KnowledgeDocumentPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["KnowledgeDocumentDto"][];
        };
        CreateKnowledgeDocumentDto: {
            /** @example Öffnungszeiten */
            title: string;
            content: string;
            /**
             * @description Search configuration (german/english); the company's locale by default
             * @enum {string}
             */
            language?: "de" | "en";
            /**
             * @description Only published documents reach callers
             * @default draft
             * @enum {string}
             */
            status: "draft" | "published";
            /**
             * @example [
             *       "ai-context"
             *     ]
             */
            tags?: string[];
        };
        KnowledgeSearchHitDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "published";
            score: number;
            /** @description HTML-escaped excerpt, matches in <mark>…</mark> */
            snippet: string;
            tags: string[];
            updatedAt: string;
        };
        KnowledgeSearchResultDto: {
            items: components["schemas"]["KnowledgeSearchHitDto"][];
        };
        FromTemplateDto: {
            /** @example medical-opening-hours */
            templateId: string;
            /**
             * @description Placeholder values ({{company_name}} is filled from the company)
             * @example {
             *       "phone": "+49 30 1234567",
             *       "address": "Hauptstr. 1, Berlin"
             *     }
             */
            values?: Record<string, never>;
        };
        KnowledgeVersionDto: {
            version: number;
            title: string;
            createdBy: string | null;
            createdAt: string;
        };
        KnowledgeDocumentDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            title: string;
            content: string;
            /** @enum {string} */
            language: "de" | "en";
            /** @enum {string} */
            status: "draft" | "published";
            /** @description Increments when title, content, language or tags change */
            version: number;
            tags: string[];
            createdAt: string;
            updatedAt: string;
            /** @description Newest first */
            versions: components["schemas"]["KnowledgeVersionDto"][];
        };
        UpdateKnowledgeDocumentDto: {
            /** @example Öffnungszeiten */
            title?: string;
            content?: string;
            /**
             * @description Search configuration (german/english); the company's locale by default
             * @enum {string}
             */
            language?: "de" | "en";
            /**
             * @description Only published documents reach callers
             * @default draft
             * @enum {string}
             */
            status: "draft" | "published";
            /**
             * @example [
             *       "ai-context"
             *     ]
             */
            tags?: string[];
        };
        NamedRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CustomerRefDto: {
            /** Format: uuid */
            id: string;
            name: string | null;
            /** @example +4915112345678 */
            phone: string;
        };
        CallSummaryDto: {
            /** Format: uuid */
            id: string;
            retellCallId: string;
            branch: components["schemas"]["NamedRefDto"] | null;
            customer: components["schemas"]["CustomerRefDto"] | null;
            /** @enum {string|null} */
            direction: "inbound" | "outbound" | "web" | null;
            fromNumber: string | null;
            toNumber: string | null;
            /** @enum {string} */
            status: "registered" | "ongoing" | "ended" | "not_connected" | "error";
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
            durationSeconds: number | null;
            disconnectionReason: string | null;
            /** @description Retell's cost of the call */
            costCents: number | null;
            sentiment: string | null;
            successful: boolean | null;
            summary: string | null;
            /** @description The call led to at least one appointment */
            hasAppointment: boolean;
        };
        CallPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CallSummaryDto"][];
            /** @description The count stopped at 1,000 matching calls: `total` is then 1000 and means "at least 1,000". Only a text search (`q`) is counted this way; without `q` the total is exact and this is false. */
            totalCapped: boolean;
        };
        CallToolCallDto: {
            /** Format: uuid */
            id: string;
            /** @example calcom */
            server: string;
            /** @example check_availability */
            tool: string;
            /** @example success */
            outcome: string;
            latencyMs: number;
            errorCode: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CallAppointmentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "booked" | "rescheduled" | "cancelled";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            branchId: string | null;
            /** Format: uuid */
            serviceId: string | null;
            /** Format: uuid */
            staffId: string | null;
            calcomBookingUid: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CallDetailDto: {
            /** Format: uuid */
            id: string;
            retellCallId: string;
            branch: components["schemas"]["NamedRefDto"] | null;
            customer: components["schemas"]["CustomerRefDto"] | null;
            /** @enum {string|null} */
            direction: "inbound" | "outbound" | "web" | null;
            fromNumber: string | null;
            toNumber: string | null;
            /** @enum {string} */
            status: "registered" | "ongoing" | "ended" | "not_connected" | "error";
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
            durationSeconds: number | null;
            disconnectionReason: string | null;
            /** @description Retell's cost of the call */
            costCents: number | null;
            sentiment: string | null;
            successful: boolean | null;
            summary: string | null;
            /** @description The call led to at least one appointment */
            hasAppointment: boolean;
            transcript: string | null;
            /** @description Retell's utterances with word timings */
            transcriptObject: {
                [key: string]: unknown;
            }[] | null;
            recordingUrl: string | null;
            dynamicVariables: {
                [key: string]: string;
            } | null;
            /** @description Retell's call analysis */
            analysis: {
                [key: string]: unknown;
            } | null;
            /** @description Oldest first */
            toolCalls: components["schemas"]["CallToolCallDto"][];
            appointments: components["schemas"]["CallAppointmentDto"][];
        };
        AppointmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @enum {string} */
            status: "booked" | "rescheduled" | "cancelled";
            branch: components["schemas"]["NamedRefDto"] | null;
            service: components["schemas"]["NamedRefDto"] | null;
            staff: components["schemas"]["NamedRefDto"] | null;
            customer: components["schemas"]["CustomerRefDto"] | null;
            calcomBookingUid: string | null;
            calcomEventTypeId: number;
            /**
             * Format: uuid
             * @description The call that booked it
             */
            callId: string | null;
            retellCallId: string | null;
            notes: string | null;
            /** @description Where the booking came from (`metadata.source`), e.g. a voice tool or a Cal.com event */
            source: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AppointmentPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AppointmentDto"][];
        };
        AppointmentDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @enum {string} */
            status: "booked" | "rescheduled" | "cancelled";
            branch: components["schemas"]["NamedRefDto"] | null;
            service: components["schemas"]["NamedRefDto"] | null;
            staff: components["schemas"]["NamedRefDto"] | null;
            customer: components["schemas"]["CustomerRefDto"] | null;
            calcomBookingUid: string | null;
            calcomEventTypeId: number;
            /**
             * Format: uuid
             * @description The call that booked it
             */
            callId: string | null;
            retellCallId: string | null;
            notes: string | null;
            /** @description Where the booking came from (`metadata.source`), e.g. a voice tool or a Cal.com event */
            source: string | null;
            /** Format: date-time */
            createdAt: string;
            metadata: {
                [key: string]: unknown;
            };
        };
        CallbackDto: {
            /** Format: uuid */
            id: string;
            branch: components["schemas"]["NamedRefDto"] | null;
            customer: components["schemas"]["CustomerRefDto"] | null;
            /** @example +4915112345678 */
            phone: string | null;
            /** @description The name the caller gave */
            name: string | null;
            reason: string | null;
            /** @example morgen ab 14 Uhr */
            preferredTime: string | null;
            /**
             * @description Why it was recorded: the caller asked (`requested`) or a tool fell back to it
             * @example requested
             */
            source: string;
            retellCallId: string | null;
            done: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CallbackPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CallbackDto"][];
        };
        UpdateCallbackDto: {
            /** @description The request was worked off (false reopens it) */
            done: boolean;
        };
        WebhookEventSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            provider: "retell" | "calcom" | "stripe";
            eventType: string;
            /** Format: uuid */
            companyId: string | null;
            /** @enum {string} */
            status: "received" | "processing" | "processed" | "ignored" | "failed" | "dead";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            processedAt: string | null;
        };
        WebhookEventPageDto: {
            items: components["schemas"]["WebhookEventSummaryDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        WebhookCountsDto: {
            /**
             * @description Events per status
             * @example {
             *       "processed": 120,
             *       "dead": 1
             *     }
             */
            byStatus: Record<string, never>;
            /**
             * @description Events per provider and status
             * @example {
             *       "retell": {
             *         "processed": 100
             *       }
             *     }
             */
            byProvider: Record<string, never>;
        };
        ReplayDeadInput: {
            /** @enum {string} */
            provider?: "retell" | "calcom" | "stripe";
            /** Format: uuid */
            companyId?: string;
        };
        ReplayedDto: {
            ids: string[];
        };
        WebhookEventDetailDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            provider: "retell" | "calcom" | "stripe";
            eventType: string;
            /** Format: uuid */
            companyId: string | null;
            /** @enum {string} */
            status: "received" | "processing" | "processed" | "ignored" | "failed" | "dead";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            processedAt: string | null;
            /** @description The body as received, with secret-looking fields masked */
            payload: Record<string, never>;
            dedupeKey: string;
        };
        RetellToolDto: {
            /** @enum {string} */
            type: "custom";
            /** @example check_availability */
            name: string;
            description: string;
            /** @example https://switchboard.example/api/mcp/retell/functions/check_availability */
            url: string;
            /** @description JSON Schema of the arguments */
            parameters: {
                [key: string]: unknown;
            };
            /**
             * @description The tool's budget
             * @example 2500
             */
            timeout_ms: number;
            /** @enum {boolean} */
            args_at_root: false;
            speak_during_execution: boolean;
            /** @enum {boolean} */
            speak_after_execution: true;
        };
        CustomerDto: {
            /** Format: uuid */
            id: string;
            name: string | null;
            /** @example +4915112345678 */
            phone: string;
            email: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CustomerPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CustomerDto"][];
        };
        CustomerDataExportDto: {
            /** Format: date-time */
            exportedAt: string;
            /** @description The customer row */
            customer: {
                [key: string]: unknown;
            };
            /** @description With transcripts */
            calls: {
                [key: string]: unknown;
            }[];
            appointments: {
                [key: string]: unknown;
            }[];
            callbackRequests: {
                [key: string]: unknown;
            }[];
            /** @description References (id, provider, type, status, time) of the stored webhooks about the caller */
            webhookEvents: {
                [key: string]: unknown;
            }[];
        };
        CustomerEraseResultDto: {
            /** Format: uuid */
            customerId: string;
            /** @description Calls kept for billing, their transcript, recording and caller number cleared */
            calls: number;
            /** @description Appointments kept as calendar slots, notes and customer link cleared */
            appointments: number;
            callbackRequests: number;
            /** @description Stored webhooks whose payload became {"purged": true} */
            webhookEvents: number;
        };
        PurgeCountsDto: {
            calls: number;
            webhookEvents: number;
            callbackRequests: number;
        };
        AlertDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            rule: "error_rate" | "voice_latency" | "circuit_open" | "dead_webhooks" | "queue_backlog" | "signature_failures" | "low_balance" | "integration_failing";
            /** @enum {string} */
            severity: "info" | "warning" | "critical";
            /** @enum {string} */
            status: "firing" | "resolved";
            /** Format: uuid */
            companyId: string | null;
            message: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            firedAt: string;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: uuid */
            acknowledgedBy: string | null;
        };
        AlertPageDto: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AlertDto"][];
        };
        AlertChannelDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "webhook" | "email";
            target: string;
            /** @description Whether a webhook secret is set (the secret itself is never returned) */
            hasSecret: boolean;
            enabled: boolean;
            /** @enum {string} */
            minSeverity: "info" | "warning" | "critical";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateAlertChannelDto: {
            name: string;
            /** @enum {string} */
            type: "webhook" | "email";
            /** @description The webhook URL (https, public address) or the e-mail address */
            target: string;
            /** @description Webhook only, required there: the HMAC-SHA256 secret of X-Switchboard-Signature (write-only) */
            secret?: string;
            /** @default true */
            enabled: boolean;
            /**
             * @default warning
             * @enum {string}
             */
            minSeverity: "info" | "warning" | "critical";
        };
        UpdateAlertChannelDto: {
            name?: string;
            /** @enum {string} */
            type?: "webhook" | "email";
            /** @description The webhook URL (https, public address) or the e-mail address */
            target?: string;
            /** @description Webhook only, required there: the HMAC-SHA256 secret of X-Switchboard-Signature (write-only) */
            secret?: string;
            /** @default true */
            enabled: boolean;
            /**
             * @default warning
             * @enum {string}
             */
            minSeverity: "info" | "warning" | "critical";
        };
        AlertChannelTestDto: {
            ok: boolean;
            /** @description What went wrong, when it did */
            error: string | null;
        };
        SetupItemDetailDto: {
            /** @description How many there are (services, numbers, synced event types, documents) */
            total?: number;
            /** @description How many of them need attention (unmapped services, unassigned numbers) */
            pending?: number;
            /** @description balance: the prepaid balance in cents */
            balanceCents?: number;
            /** @description balance: the low-balance threshold in cents */
            thresholdCents?: number;
        };
        SetupItemDto: {
            /** @enum {string} */
            key: "calcom_connected" | "calcom_webhook_secret" | "event_types_synced" | "retell_connected" | "phone_numbers_assigned" | "services_mapped" | "knowledge_published" | "balance";
            /** @enum {string} */
            status: "ok" | "warning" | "missing";
            detail?: components["schemas"]["SetupItemDetailDto"];
        };
        SetupDto: {
            /** @description True when no item is missing (warnings do not block calls) */
            ready: boolean;
            items: components["schemas"]["SetupItemDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    HealthController_integrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description RATE_LIMITED: Too many attempts; retry after the `Retry-After` header */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompaniesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompaniesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompanyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompaniesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompaniesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompaniesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BranchesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BranchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBranchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BranchesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                branchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BranchesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                branchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BranchesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                branchId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBranchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PhoneNumbersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PhoneNumbersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePhoneNumberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PhoneNumbersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                phoneNumberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PhoneNumbersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                phoneNumberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PhoneNumbersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                phoneNumberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePhoneNumberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ServicesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ServicesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ServicesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ServicesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ServicesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    StaffController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    StaffController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    StaffController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    StaffController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    StaffController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                role?: "super_admin" | "ops" | "company_admin";
                companyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_listOfCompany: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_createInCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompanyUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersController_removeFromCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                action?: string;
                targetType?: string;
                /** @description User or API key id */
                actorId?: string;
                /** @description Entries at or after this instant */
                from?: string;
                /** @description Entries before this instant */
                to?: string;
                companyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuditLogController_listOfCompany: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                action?: string;
                targetType?: string;
                /** @description User or API key id */
                actorId?: string;
                /** @description Entries at or after this instant */
                from?: string;
                /** @description Entries before this instant */
                to?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    McpController_execute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteToolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    McpController_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    McpController_tools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolInfoDto"][];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"][];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_put: {
        parameters: {
            query?: {
                /** @description Check the key with the vendor before saving */
                validate?: "true" | "false";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutIntegrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_syncCalcom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_syncRetell: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_importCalls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportCallsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IntegrationsController_webhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BillingController_balance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BillingController_transactions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                type?: "call_charge" | "topup" | "refund" | "adjustment";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceTransactionPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    BillingController_checkout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTopupCheckoutInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_overview: {
        parameters: {
            query?: {
                window?: "1h" | "24h" | "7d";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpsOverviewDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_database: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseStatusDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_warmCache: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CacheWarmReportDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_runAdvisor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryAdvisorRunDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryAdvisorReportDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_latestAdvisorReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryAdvisorReportDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_timeseries: {
        parameters: {
            query: {
                window?: "1h" | "24h" | "7d";
                metric: "calls" | "errors" | "error_rate" | "p95" | "cache_hit_ratio";
                server?: string;
                tool?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeseriesDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircuitDto"][];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                server: string;
                /** @description A company id, or system for platform-wide calls */
                scope: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OpsController_clearCache: {
        parameters: {
            query?: {
                companyId?: string;
            };
            header?: never;
            path: {
                server: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearedDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompanyStatsController_overview: {
        parameters: {
            query?: {
                window?: "1h" | "24h" | "7d";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyStatsDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompanyStatsController_timeseries: {
        parameters: {
            query: {
                window?: "1h" | "24h" | "7d";
                metric: "calls" | "errors" | "error_rate" | "p95" | "cache_hit_ratio";
                server?: string;
                tool?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeseriesDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeTemplatesController_templates: {
        parameters: {
            query?: {
                industry?: "medical" | "beauty" | "veterinary" | "legal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeTemplateDto"][];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "published";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKnowledgeDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_search: {
        parameters: {
            query: {
                q: string;
                /** @description The portal sees drafts too */
                status?: "all" | "draft" | "published";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSearchResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_fromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FromTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    KnowledgeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateKnowledgeDocumentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CallsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Calls started at or after this instant */
                from?: string;
                /** @description Calls started before this instant */
                to?: string;
                branchId?: string;
                status?: "registered" | "ongoing" | "ended" | "not_connected" | "error";
                /** @description Only calls that led (or did not lead) to a booking */
                hasAppointment?: "true" | "false";
                /** @description Word search in the transcript: calls whose transcript contains every word of the text (case-insensitive, whole words, no stemming, punctuation ignored: "zahnreinigung" finds "Zahnreinigung.", "zahn" does not). The total of a search is capped at 1,000 (see totalCapped). */
                q?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CallsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AppointmentsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Appointments starting at or after this instant */
                from?: string;
                /** @description Appointments starting before this instant */
                to?: string;
                status?: "booked" | "rescheduled" | "cancelled";
                branchId?: string;
                customerId?: string;
                /** @description The customer's phone number in any format (national numbers in the company's country) */
                phone?: string;
                /** @description By start time */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AppointmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CallbacksController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only requests worked off (or still open) */
                done?: "true" | "false";
                /** @description Requests made at or after this instant */
                from?: string;
                /** @description Requests made before this instant */
                to?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CallbacksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                callbackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WebhookEventsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                provider?: "retell" | "calcom" | "stripe";
                status?: "received" | "processing" | "processed" | "ignored" | "failed" | "dead";
                companyId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WebhookEventsController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCountsDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WebhookEventsController_replayDead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayDeadInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayedDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WebhookEventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    WebhookEventsController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    RetellToolsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetellToolDto"][];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompanyWebhookEventsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                provider?: "retell" | "calcom" | "stripe";
                status?: "received" | "processing" | "processed" | "ignored" | "failed" | "dead";
                companyId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompanyWebhookEventsController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCountsDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompanyWebhookEventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CompanyWebhookEventsController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventDetailDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CustomersController_search: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name (case-insensitive) or of the phone number: digits match the E.164 number, a national leading 0 also matches without it ("0151 1234" finds +49151 1234…). */
                q?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CustomerDataController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDataExportDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CustomerDataController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerEraseResultDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    RetentionController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurgeCountsDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Active (firing) or history (resolved); both when left out */
                status?: "firing" | "resolved";
                rule?: "error_rate" | "voice_latency" | "circuit_open" | "dead_webhooks" | "queue_backlog" | "signature_failures" | "low_balance" | "integration_failing";
                companyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPageDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertsController_ack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertChannelsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertChannelDto"][];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertChannelsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAlertChannelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertChannelDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertChannelsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertChannelDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertChannelsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertChannelsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAlertChannelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertChannelDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AlertChannelsController_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertChannelTestDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SetupController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupDto"];
                };
            };
            /** @description INVALID_INPUT: The request is invalid (body, query or path parameter); `details` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description UNAUTHENTICATED: Not signed in: missing or invalid credentials, token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description FORBIDDEN: The caller may not do this (role, scope or another company) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description NOT_FOUND: The resource (or its company) does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
}
