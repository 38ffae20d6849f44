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
        WebhookSecretDto: {
            /** @description Shown once: enter it as the webhook secret in Cal.com */
            secret: string;
            webhookUrl: string;
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
}
