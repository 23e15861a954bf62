/** Generated from openapi.json by `npm run api:generate -w web`; never edit by hand. */

export interface paths {
    "/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgenciesController_list"];
        put?: never;
        post: operations["AgenciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgenciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AgenciesController_update"];
        trace?: never;
    };
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HitAlertsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HitAlertsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["HitAlertsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ammunition-lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AmmunitionController_list"];
        put?: never;
        post: operations["AmmunitionController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ammunition-lots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AmmunitionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/records/{recordType}/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_trail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/records/{recordType}/{recordId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verifyRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuditController_requestVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
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
    "/auth/password": {
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
    "/auth/refresh": {
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
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domestic-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DomesticTransfersController_list"];
        put?: never;
        post: operations["DomesticTransfersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domestic-transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DomesticTransfersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domestic-transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DomesticTransfersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domestic-transfers/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DomesticTransfersController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firearms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FirearmsController_list"];
        put?: never;
        post: operations["FirearmsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firearms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FirearmsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firearms/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FirearmsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firearms/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FirearmsController_recordEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firearms/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FirearmsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/firearms/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FirearmsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HoldersController_list"];
        put?: never;
        post: operations["HoldersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/holders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HoldersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["HoldersController_update"];
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_list"];
        put?: never;
        post: operations["ImportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_errors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_errorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LicencesController_list"];
        put?: never;
        post: operations["LicencesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LicencesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences/{id}/firearms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LicencesController_cover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licences/{id}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LicencesController_setState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marking-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MarkingCampaignsController_list"];
        put?: never;
        post: operations["MarkingCampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marking-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MarkingCampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marking-campaigns/{id}/markings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MarkingCampaignsController_addMarkings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/markings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MarkingsController_list"];
        put?: never;
        post: operations["MarkingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/markings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MarkingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_list"];
        put?: never;
        post: operations["PartsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartsController_recordEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PartsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
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
    "/reference/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferenceController_createNamed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/{list}/{code}": {
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
        patch: operations["ReferenceController_updateNamed"];
        trace?: never;
    };
    "/reference/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/calibres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_calibres"];
        put?: never;
        post: operations["ReferenceController_createCalibre"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/calibres/{code}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferenceController_addCalibreAliases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_countries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/manufacturers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_manufacturers"];
        put?: never;
        post: operations["ReferenceController_createManufacturer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/manufacturers/{code}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReferenceController_addManufacturerAliases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/manufacturers/unresolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_unresolvedMakes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_retention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference/retention/{recordClass}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ReferenceController_setRetention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizure-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SeizureItemsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizure-items/{id}/custody-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SeizureItemsController_addCustodyStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizure-items/{id}/disposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SeizureItemsController_dispose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SeizuresController_list"];
        put?: never;
        post: operations["SeizuresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SeizuresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizures/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SeizuresController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seizures/{id}/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SeizuresController_addPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/iafq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_tables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/iafq/{table}.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_iafq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/seizures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatisticsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage-facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StorageFacilitiesController_list"];
        put?: never;
        post: operations["StorageFacilitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage-facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StorageFacilitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage-facilities/{id}/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StorageFacilitiesController_inventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trace/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TraceController_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TracingController_list"];
        put?: never;
        post: operations["TracingController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TracingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TracingController_update"];
        trace?: never;
    };
    "/tracing/requests/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/answer.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TracingController_answerPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_match"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/request.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TracingController_requestPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracing/requests/from-seizure-item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TracingController_fromSeizureItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TradeLicencesController_list"];
        put?: never;
        post: operations["TradeLicencesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TradeLicencesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-licences/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TradeLicencesController_reconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-licences/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TradeLicencesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-licences/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TradeLicencesController_ship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TradeShipmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TradeShipmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-shipments/{id}/delivery-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TradeShipmentsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-shipments/{id}/items/{itemId}/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TradeShipmentsController_reportLost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-shipments/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TradeShipmentsController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trade-shipments/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TradeShipmentsController_reconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
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
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_resetPassword"];
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
        AcknowledgeAlertRequest: {
            /** @example Owner informed; case file 2026/311 reopened */
            note?: string;
        };
        AliasesRequest: {
            /**
             * @example [
             *       "Crvena Zastava"
             *     ]
             */
            aliases: string[];
        };
        AmmunitionLotRequest: {
            /** @example 9mm */
            calibre: string;
            description?: string;
            /** @example S&B 9mm Luger */
            headstamp?: string;
            holderId?: string;
            lotNumber?: string;
            /** @example Sellier & Bellot */
            make?: string;
            /** @example 500 */
            quantity: number;
            yearOfManufacture?: number;
        };
        AnswerTraceRequest: {
            answeredAt?: string;
            /**
             * @description Incoming: defaults to the outcome the chain suggests. Outgoing: required (what the requested state answered).
             * @enum {string}
             */
            outcome?: "traced_to_last_legal_holder" | "traced_to_point_of_diversion" | "origin_established_without_trace" | "not_traced";
            /** @description Required for not_traced */
            outcomeReason?: string;
            /** @description Outgoing: the answer received, summarised */
            summary?: string;
        };
        BulkMarkingsRequest: {
            markings: components["schemas"]["MarkingFields"][];
        };
        CancelDomesticTransferRequest: {
            /** @example Buyer withdrew */
            reason: string;
        };
        CancelImportRequest: {
            reason: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            /** @description At least 12 characters, not containing the username. */
            newPassword: string;
        };
        CloseTraceRequest: {
            reason?: string;
        };
        CompleteDomesticTransferRequest: {
            /**
             * @description Defaults to today
             * @example 2026-05-21
             */
            completedOn?: string;
        };
        ConfirmMatchRequest: {
            /** @description The candidate confirmed as the item; omit with none=true */
            firearmId?: string;
            /** @description None of the candidates is the item */
            none?: boolean;
        };
        CorrectionRequest: {
            /** @description The corrected fields only */
            changes: components["schemas"]["FirearmDescription"];
            /** @example Serial misread at registration; confirmed on the weapon by the marking team */
            reason: string;
        };
        CoverFirearmRequest: {
            firearmId: string;
        };
        CreateAgencyRequest: {
            /**
             * @description Short stable code, 2–20 upper-case letters, digits or dashes.
             * @example PN-DKR
             */
            code: string;
            /** @example Police nationale — Dakar */
            name: string;
            /** @example Dakar */
            region?: string;
            /** @enum {string} */
            type: "national_firearms_authority" | "police" | "gendarmerie" | "customs" | "border_guard" | "prosecution" | "judiciary" | "armed_forces" | "forensic_laboratory" | "other";
        };
        CreateCalibreRequest: {
            aliases?: string[];
            /** @example 9x21mm */
            code: string;
            /** @example 9×21mm IMI */
            name: string;
        };
        CreateCampaignRequest: {
            /** @description Default: the officer's agency */
            agencyId?: string;
            /** @example 2026-03-31 */
            endsOn?: string;
            /** @example Laser marker LM-200 #3 */
            markingMachine?: string;
            /** @example Dakar marking campaign 2026 */
            name: string;
            notes?: string;
            /** @example Central armoury, Dakar */
            place: string;
            /** @example 2026-03-01 */
            startsOn: string;
        };
        CreateDomesticTransferRequest: {
            /**
             * @description Defaults to today
             * @example 2026-05-20
             */
            agreedOn?: string;
            /**
             * @description Complete in the same call (the holder changes now); otherwise the transfer is created pending
             * @default false
             */
            complete: boolean;
            firearmId: string;
            /** @description The seller (or donor, estate, agency): the firearm's current holder */
            fromHolderId: string;
            /** @enum {string} */
            kind: "sale" | "gift" | "inheritance" | "inter_agency" | "state_to_civilian";
            notes?: string;
            /**
             * @example [
             *       "Bill of sale 2026/55"
             *     ]
             */
            referenceDocuments?: string[];
            /**
             * @description Required for state_to_civilian: the state-transfer marking applied (art. 8(1)(c))
             * @example SN-ETAT-2026
             */
            stateTransferMarking?: string;
            /** @description The buyer (or recipient) */
            toHolderId: string;
            /** @description The buyer's licence, valid for the firearm's category */
            toLicenceId: string;
        };
        CreateFirearmRequest: {
            /** @example semi_automatic */
            action?: string;
            /** @example 415 */
            barrelLengthMm?: number;
            /**
             * @description Calibre as written; any alias resolves
             * @example 7.62x39
             */
            calibre?: string;
            /**
             * @description Firearm category code (required for a firearm)
             * @example pistol
             */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            description?: string;
            /** @description How the record starts (default: registered) */
            initialEvent?: components["schemas"]["InitialEvent"];
            /**
             * @description Make as written; any alias resolves to the manufacturer
             * @example Crvena Zastava
             */
            make?: string;
            /** @example M70 */
            model?: string;
            /**
             * @default industrial
             * @enum {string}
             */
            origin: "industrial" | "craft_made" | "3d_printed" | "converted" | "reactivated" | "unknown";
            /**
             * @description Serial number exactly as marked
             * @example ZC-104 522
             */
            serialNumber?: string;
            /** @example 1987 */
            yearOfManufacture?: number;
        };
        CreateHolderRequest: {
            address?: string;
            /** @example 1980-04-12 */
            birthDate?: string;
            country?: string;
            /** @description Person: family name (required for a person) */
            familyName?: string;
            givenNames?: string;
            idDocumentCountry?: string;
            idDocumentNumber?: string;
            /** @example national_id_card */
            idDocumentType?: string;
            /** @enum {string} */
            kind: "person" | "organisation";
            /** @description Organisation: legal name (required for an organisation) */
            legalName?: string;
            /** @example SN */
            nationality?: string;
            /**
             * @description Organisation: type (required for an organisation)
             * @enum {string}
             */
            organisationType?: "manufacturer" | "dealer" | "broker" | "carrier" | "state_agency" | "security_company" | "shooting_club" | "other";
            phone?: string;
            registrationNumber?: string;
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
        };
        CreateLicenceRequest: {
            /** @description Firearm category codes covered; empty = all */
            categories?: string[];
            conditions?: string;
            /** @example 2031-01-14 */
            expiresOn: string;
            holderId: string;
            /** @example 2026-01-15 */
            issuedOn: string;
            /** @description Defaults to the officer's agency */
            issuingAgencyId?: string;
            /** @enum {string} */
            kind: "possession" | "dealer" | "manufacturer";
            /** @example PL-2026-000123 */
            number: string;
        };
        CreateManufacturerRequest: {
            aliases?: string[];
            /** @example arsenal_bg */
            code: string;
            /** @example BG */
            country?: string;
            /** @example Arsenal JSCo */
            name: string;
        };
        CreateMarkingRequest: {
            /** @description Agency that applied or read the mark (default: the officer's agency) */
            agencyId?: string;
            /** @description The ammunition lot carrying the mark */
            ammunitionLotId?: string;
            /**
             * @description When the mark was applied, if known
             * @example 2026-03-02
             */
            appliedOn?: string;
            /** @description The marking campaign that applied the mark */
            campaignId?: string;
            /** @description The firearm or part carrying the mark (exactly one of firearmId, ammunitionLotId) */
            firearmId?: string;
            /**
             * @description Import markings only: the importing country
             * @example SN
             */
            importCountry?: string;
            /**
             * @description Import markings only: the year of import
             * @example 2024
             */
            importYear?: number;
            /** @enum {string} */
            legibility: "intact" | "partial" | "altered" | "obliterated";
            /** @example left side of receiver */
            location?: string;
            /** @enum {string} */
            method?: "stamped" | "engraved" | "laser" | "cast" | "other";
            notes?: string;
            /**
             * @description When the mark was read and recorded
             * @example 2026-03-02
             */
            readOn?: string;
            /**
             * @description The text exactly as read on the weapon
             * @example SN 24 ZC-104522
             */
            text: string;
            /** @enum {string} */
            type: "manufacture" | "import" | "state_transfer" | "deactivation" | "proof" | "other";
        };
        CreateNamedRequest: {
            /** @example flare_gun */
            code: string;
            nameEn: string;
            nameEs: string;
            nameFr: string;
        };
        CreatePartRequest: {
            /** @example semi_automatic */
            action?: string;
            /** @example 415 */
            barrelLengthMm?: number;
            /**
             * @description Calibre as written; any alias resolves
             * @example 7.62x39
             */
            calibre?: string;
            /**
             * @description Firearm category code (required for a firearm)
             * @example pistol
             */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            description?: string;
            /** @description How the record starts (default: registered) */
            initialEvent?: components["schemas"]["InitialEvent"];
            /**
             * @description Make as written; any alias resolves to the manufacturer
             * @example Crvena Zastava
             */
            make?: string;
            /** @example M70 */
            model?: string;
            /**
             * @default industrial
             * @enum {string}
             */
            origin: "industrial" | "craft_made" | "3d_printed" | "converted" | "reactivated" | "unknown";
            /** @description The firearm this part belongs to, if known */
            parentFirearmId?: string;
            /** @enum {string} */
            partType: "frame_receiver" | "barrel" | "slide_bolt" | "cylinder" | "other";
            /**
             * @description Serial number exactly as marked
             * @example ZC-104 522
             */
            serialNumber?: string;
            /** @example 1987 */
            yearOfManufacture?: number;
        };
        CreateReceiptRequest: {
            /** @description What actually arrived, as found on the items */
            items: components["schemas"]["ReceiptItemRequest"][];
            notes?: string;
            /** @example Dakar AIBD, customs warehouse */
            place?: string;
            /** @example Customs officer M. Sarr */
            receivedBy?: string;
            /** @example 2026-03-05 */
            receivedOn: string;
        };
        CreateSeizureRequest: {
            /** @description Amnesty or collection campaign (surrenders) */
            campaign?: string;
            /**
             * @description IAFQ context
             * @enum {string}
             */
            context: "trafficking" | "illicit_possession" | "violent_crime" | "other_crime" | "unknown";
            /** @example TGI-DKR-2026-1187 */
            criminalCaseNumber?: string;
            items?: components["schemas"]["SeizedItemRequest"][];
            /** @example 14.6928 */
            latitude?: number;
            /** @example Médina */
            locality?: string;
            /** @example -17.4467 */
            longitude?: number;
            notes?: string;
            /** @example 2026-06-03T14:30:00Z */
            occurredAt: string;
            persons?: components["schemas"]["SeizurePersonRequest"][];
            /** @example PN-DKR/2026/0042 */
            reference: string;
            /** @example Dakar */
            region?: string;
            /** @description Seizing agency; defaults to the officer's */
            seizingAgencyId?: string;
            /** @example Insp. A. Diop */
            seizingOfficer: string;
            /**
             * @description seized, found, or surrendered (amnesty or collection campaign)
             * @enum {string}
             */
            type: "seized" | "found" | "surrendered";
        };
        CreateShipmentRequest: {
            /** @description The carrier, when it is a holder in the register */
            carrierHolderId?: string;
            /** @example Bolloré Logistics */
            carrierName?: string;
            items: components["schemas"]["ShipmentItemRequest"][];
            notes?: string;
            /**
             * @description Carrier's or customs reference
             * @example AWB 176-22814460
             */
            reference?: string;
            /**
             * @description Countries on the way, in order
             * @example [
             *       "AT",
             *       "FR",
             *       "SN"
             *     ]
             */
            route?: string[];
            /** @example Air freight Vienna – Paris CDG – Dakar AIBD */
            routeDescription?: string;
            /** @example 2026-03-02 */
            shippedOn: string;
        };
        CreateTraceRequest: {
            /**
             * @default restricted
             * @enum {string}
             */
            confidentiality: "public" | "restricted" | "confidential";
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            /** @description Overrides the default due date of the priority (ISO date-time) */
            dueAt?: string;
            /** @example Hidden in a container declared as spare parts */
            foundCircumstances?: string;
            /** @example Port of Dakar, container inspection */
            foundPlace?: string;
            /** @example Trafficked: no import licence */
            illicitNature?: string;
            /** @example Criminal investigation TGI-DKR-2026-1187 */
            intendedUse?: string;
            item: components["schemas"]["TracedItemRequest"];
            /** @example Law 2021-12 art. 42 */
            legalBasis?: string;
            /** @enum {string} */
            priority: "urgent" | "routine";
            /** @description Incoming: when it was received (defaults to now); starts the due date */
            receivedAt?: string;
            /**
             * @description Defaults to a generated reference
             * @example TR/2026/0001
             */
            reference?: string;
            requestedAgency?: string;
            /** @example RS */
            requestedCountry?: string;
            /** @description When a manufacturer is asked directly */
            requestedManufacturer?: string;
            /** @example Police nationale, Dakar */
            requestingAgency?: string;
            /** @example SN */
            requestingCountry?: string;
            seizureId?: string;
            /** @description Required when the priority is urgent */
            urgencyJustification?: string;
            /** @example For law enforcement use only; not for court without consent */
            useRestrictions?: string;
        };
        CreateTradeLicenceRequest: {
            /** @example EUC-SN-2026-118 */
            endUserCertificateRef?: string;
            /** @example 2026-12-31 */
            expiresOn: string;
            exporter: components["schemas"]["PartyRequest"];
            /** @example AT */
            exportingCountry: string;
            /** @description Final recipient / end user */
            finalRecipient: components["schemas"]["PartyRequest"];
            importer: components["schemas"]["PartyRequest"];
            /** @example SN */
            importingCountry: string;
            /** @description Export licences: the importing country's import licence (art. 10.2) */
            importLicence?: components["schemas"]["ImportLicenceReferenceRequest"];
            /** @description Export licences: the import licence, when it is registered here */
            importLicenceId?: string;
            /** @example 2026-01-15 */
            issuedOn: string;
            /** @example Ministère de l’Intérieur, Direction des armes */
            issuingAuthority: string;
            /** @example SN */
            issuingCountry: string;
            /** @description What the licence authorises, line by line */
            items: components["schemas"]["LicenceItemRequest"][];
            /** @enum {string} */
            kind: "import" | "export" | "transit";
            notes?: string;
            /** @example SN-IMP-2026-0015 */
            number: string;
            /** @example Dakar */
            placeOfIssue?: string;
            /**
             * @example [
             *       "ML"
             *     ]
             */
            transitCountries?: string[];
        };
        CreateUserRequest: {
            agencyId: string;
            /** @example Fatou Ndiaye */
            displayName: string;
            email?: string;
            /** @description Initial password; the user must change it at first sign-in. */
            initialPassword: string;
            roles: ("admin" | "registry_officer" | "investigator" | "auditor")[];
            /**
             * @description Letters, digits, dot, dash, underscore; 3–64 characters.
             * @example fatou.ndiaye
             */
            username: string;
        };
        CustodyStepRequest: {
            /** @example Loaded magazine removed; rust on slide */
            condition?: string;
            /** @description User who receives the item and answers for it; defaults to the officer recording the step */
            custodianId?: string;
            /** @description Where the item is now kept */
            facilityId: string;
            /** @description User handing the item over; must be its current custodian. Defaults to the officer recording the step */
            handedOverBy?: string;
            notes?: string;
            /**
             * @description When the item was received; defaults to now
             * @example 2026-06-04T09:00:00Z
             */
            receivedAt?: string;
            /**
             * @example [
             *       "SEAL-000417"
             *     ]
             */
            sealNumbers?: string[];
        };
        DeliveryConfirmationRequest: {
            /**
             * @description Import: our authority confirming to the exporter; export/transit: the receiving authority
             * @example Direction des armes, Dakar
             */
            confirmedBy: string;
            /** @example 2026-03-06 */
            confirmedOn: string;
            /**
             * @description Reference of the confirmation document
             * @example SN/DA/2026/0311
             */
            reference: string;
        };
        DisposalRequest: {
            /** @example Court order TGI-DKR-2026-1187/D */
            authorisation?: string;
            /**
             * @description Destruction or deactivation certificate
             * @example DEST-2026-0091
             */
            certificateNumber?: string;
            /** @description Returned to lawful owner: the owner */
            holderId?: string;
            /**
             * @description Destruction method
             * @example cutting
             */
            method?: string;
            notes?: string;
            /**
             * @description Defaults to today
             * @example 2026-09-30
             */
            occurredOn?: string;
            /** @example Central armoury, Dakar */
            place?: string;
            /** @description Retained for official use: the agency that keeps it */
            receivingAgencyId?: string;
            /** @description Retained for official use: the state marking applied */
            stateMarking?: string;
            /** @enum {string} */
            type: "destroyed" | "deactivated" | "returned_to_owner" | "retained_for_official_use";
            /** @description Deactivation: the competent authority that verified it (Firearms Protocol art. 9) */
            verifyingAuthority?: string;
            /**
             * @example [
             *       "Insp. A. Diop",
             *       "Cdt. M. Fall"
             *     ]
             */
            witnesses?: string[];
        };
        FirearmDescription: {
            /** @example semi_automatic */
            action?: string;
            /** @example 415 */
            barrelLengthMm?: number;
            /**
             * @description Calibre as written; any alias resolves
             * @example 7.62x39
             */
            calibre?: string;
            /**
             * @description Firearm category code (required for a firearm)
             * @example pistol
             */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            description?: string;
            /**
             * @description Make as written; any alias resolves to the manufacturer
             * @example Crvena Zastava
             */
            make?: string;
            /** @example M70 */
            model?: string;
            /**
             * @default industrial
             * @enum {string}
             */
            origin: "industrial" | "craft_made" | "3d_printed" | "converted" | "reactivated" | "unknown";
            /**
             * @description Serial number exactly as marked
             * @example ZC-104 522
             */
            serialNumber?: string;
            /** @example 1987 */
            yearOfManufacture?: number;
        };
        ImportLicenceReferenceRequest: {
            /**
             * @description The importing country that issued it
             * @example GH
             */
            country: string;
            /** @example 2027-01-09 */
            expiresOn?: string;
            /** @example 2026-01-10 */
            issuedOn?: string;
            /** @example GH-IMP-2026-0042 */
            number: string;
        };
        InitialEvent: {
            /** @description Acting agency; defaults to the officer's */
            agencyId?: string;
            /**
             * @description Event-specific facts. deactivated: certificateNumber, verifyingAuthority. destroyed: method, witnesses (names). exported/imported: country (ISO alpha-2).
             * @example {
             *       "certificateNumber": "DEACT-2026-0042",
             *       "verifyingAuthority": "National Proof House"
             *     }
             */
            details?: Record<string, never>;
            /** @description Holder the firearm goes to (licensed, transferred, registered, released) */
            holderId?: string;
            /** @description The receiving holder's licence (required for licensed and transferred) */
            licenceId?: string;
            notes?: string;
            /**
             * @description Date of the event; defaults to today
             * @example 2026-11-20
             */
            occurredOn?: string;
            /** @example Dakar, Plateau */
            place?: string;
            /**
             * @example [
             *       "Import permit 2026/114"
             *     ]
             */
            referenceDocuments?: string[];
            /**
             * @default registered
             * @enum {string}
             */
            type: "manufactured" | "imported" | "registered" | "found" | "surrendered" | "seized";
        };
        ItemOutcomeRequest: {
            /** @enum {string} */
            outcome: "traced_to_last_legal_holder" | "traced_to_point_of_diversion" | "origin_established_without_trace" | "not_traced";
            /** @description Required for not_traced; how the origin was established otherwise */
            reason?: string;
            seizureItemId: string;
        };
        LicenceItemRequest: {
            /** @example 9x19 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            description?: string;
            /** @description A firearm of the register listed on the licence (exports) */
            firearmId?: string;
            /** @enum {string} */
            itemKind: "firearm" | "part" | "ammunition";
            /** @example Glock */
            make?: string;
            /** @example 17 Gen5 */
            model?: string;
            /** @enum {string} */
            partType?: "frame_receiver" | "barrel" | "slide_bolt" | "cylinder" | "other";
            /**
             * @description Units (rounds for ammunition); 1 for a serialised item
             * @default 1
             * @example 1
             */
            quantity: number;
            /**
             * @description Serial as marked (firearms; serialised parts)
             * @example BXR-771
             */
            serialNumber?: string;
        };
        LicenceStateRequest: {
            reason: string;
            /** @enum {string} */
            state: "active" | "suspended" | "revoked";
        };
        MarkingFields: {
            /** @description Agency that applied or read the mark (default: the officer's agency) */
            agencyId?: string;
            /** @description The ammunition lot carrying the mark */
            ammunitionLotId?: string;
            /**
             * @description When the mark was applied, if known
             * @example 2026-03-02
             */
            appliedOn?: string;
            /** @description The firearm or part carrying the mark (exactly one of firearmId, ammunitionLotId) */
            firearmId?: string;
            /**
             * @description Import markings only: the importing country
             * @example SN
             */
            importCountry?: string;
            /**
             * @description Import markings only: the year of import
             * @example 2024
             */
            importYear?: number;
            /** @enum {string} */
            legibility: "intact" | "partial" | "altered" | "obliterated";
            /** @example left side of receiver */
            location?: string;
            /** @enum {string} */
            method?: "stamped" | "engraved" | "laser" | "cast" | "other";
            notes?: string;
            /**
             * @description When the mark was read and recorded
             * @example 2026-03-02
             */
            readOn?: string;
            /**
             * @description The text exactly as read on the weapon
             * @example SN 24 ZC-104522
             */
            text: string;
            /** @enum {string} */
            type: "manufacture" | "import" | "state_transfer" | "deactivation" | "proof" | "other";
        };
        MergeRequest: {
            /** @description The duplicate record, absorbed into this one */
            duplicateId: string;
            reason: string;
        };
        PartyRequest: {
            /** @description The party, when it is a holder in the register */
            holderId?: string;
            /**
             * @description Name as on the licence; defaults to the holder's name
             * @example Armurerie du Port SARL
             */
            name?: string;
        };
        ReasonRequest: {
            /** @example Left the agency */
            reason: string;
        };
        ReceiptItemRequest: {
            /** @example 9x19 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            /** @enum {string} */
            itemKind: "firearm" | "part" | "ammunition";
            /** @example SB-2026-114 */
            lotNumber?: string;
            /** @example Glock */
            make?: string;
            /** @example 17 Gen5 */
            model?: string;
            /** @enum {string} */
            partType?: "frame_receiver" | "barrel" | "slide_bolt" | "cylinder" | "other";
            /**
             * @description Units (rounds for ammunition); 1 for a serialised item
             * @default 1
             * @example 1
             */
            quantity: number;
            /**
             * @description Serial as marked (firearms; serialised parts)
             * @example BXR-771
             */
            serialNumber?: string;
        };
        RecordEventRequest: {
            /** @description Acting agency; defaults to the officer's */
            agencyId?: string;
            /**
             * @description Event-specific facts. deactivated: certificateNumber, verifyingAuthority. destroyed: method, witnesses (names). exported/imported: country (ISO alpha-2).
             * @example {
             *       "certificateNumber": "DEACT-2026-0042",
             *       "verifyingAuthority": "National Proof House"
             *     }
             */
            details?: Record<string, never>;
            /** @description Holder the firearm goes to (licensed, transferred, registered, released) */
            holderId?: string;
            /** @description The receiving holder's licence (required for licensed and transferred) */
            licenceId?: string;
            notes?: string;
            /**
             * @description Date of the event; defaults to today
             * @example 2026-11-20
             */
            occurredOn?: string;
            /** @example Dakar, Plateau */
            place?: string;
            /**
             * @example [
             *       "Import permit 2026/114"
             *     ]
             */
            referenceDocuments?: string[];
            /** @enum {string} */
            type: "manufactured" | "imported" | "registered" | "licensed" | "transferred" | "exported" | "in_transit" | "reported_lost" | "reported_stolen" | "found" | "surrendered" | "seized" | "confiscated" | "taken_into_custody" | "released" | "deactivated" | "destroyed";
        };
        RefreshRequest: {
            refreshToken: string;
        };
        ReportLostRequest: {
            /** @example Container not found on arrival; carrier report CR-7781 */
            reason: string;
            /**
             * @description Defaults to today
             * @example 2026-04-01
             */
            reportedOn?: string;
        };
        ResetPasswordRequest: {
            /** @description Temporary password, to be changed at next sign-in. */
            temporaryPassword: string;
        };
        RetentionRequest: {
            /** @example 30 */
            minimumYears: number;
            /** @example Decree 2026-114 raised the retention period */
            reason: string;
        };
        RevokeTradeLicenceRequest: {
            /** @example End-user certificate found to be forged */
            reason: string;
        };
        SeizedItemRequest: {
            /**
             * @description Ammunition: calibre as written
             * @example 7.62x39
             */
            calibre?: string;
            description?: string;
            /** @description A firearm or part already on the register */
            firearmId?: string;
            /**
             * @description Ammunition: headstamp as read
             * @example 711 79
             */
            headstamp?: string;
            /** @enum {string} */
            kind: "firearm" | "part" | "ammunition";
            /** @description Ammunition: lot or batch number */
            lotNumber?: string;
            /** @description Ammunition: make as written */
            make?: string;
            /**
             * @description Every readable marking, exactly as read
             * @example ZASTAVA M70 / serial: 7?3?1 (ground off after 3rd character) / crest on receiver
             */
            markingsText?: string;
            /**
             * @description Ammunition: number of rounds
             * @example 120
             */
            quantity?: number;
            /** @enum {string} */
            serialLegibility?: "intact" | "partial" | "altered" | "obliterated";
            /** @description A firearm or part not on the register: it becomes a new entry flagged "unregistered before seizure" */
            unregistered?: components["schemas"]["UnregisteredItemRequest"];
        };
        SeizurePersonRequest: {
            /** @example 27 */
            age?: number;
            /** @example 1999 */
            birthYear?: number;
            /** @description The holder record of this person, if any */
            holderId?: string;
            /** @example SN */
            nationality?: string;
            notes?: string;
            /** @enum {string} */
            role: "suspect" | "owner_claimed" | "witness";
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
        };
        SendTraceRequest: {
            /** @description When it was sent (defaults to now); starts the due date */
            sentAt?: string;
        };
        ShipmentItemRequest: {
            /** @example 9x19 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            /** @description Exports: the firearm or part of the register being shipped (or give its serialNumber) */
            firearmId?: string;
            /** @enum {string} */
            itemKind: "firearm" | "part" | "ammunition";
            /** @description The licence line it falls under; found by description when omitted */
            licenceLine?: number;
            /**
             * @description Ammunition lot / batch
             * @example SB-2026-114
             */
            lotNumber?: string;
            /** @example Glock */
            make?: string;
            /** @example 17 Gen5 */
            model?: string;
            /** @enum {string} */
            partType?: "frame_receiver" | "barrel" | "slide_bolt" | "cylinder" | "other";
            /**
             * @description Units (rounds for ammunition); 1 for a serialised item
             * @default 1
             * @example 1
             */
            quantity: number;
            /**
             * @description Serial as marked (firearms; serialised parts)
             * @example BXR-771
             */
            serialNumber?: string;
        };
        SignInRequest: {
            /** @example Demo-Registry-2026! */
            password: string;
            /** @example demo.officer */
            username: string;
        };
        StorageFacilityRequest: {
            address?: string;
            /** @description Agency running the facility; defaults to the officer's */
            agencyId?: string;
            /** @example ARM-DKR-01 */
            code: string;
            locality?: string;
            /** @example Central armoury, Dakar */
            name: string;
            region?: string;
        };
        TracedItemRequest: {
            /** @example 7.62x25 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            /** @example Crvena Zastava */
            make?: string;
            markings?: components["schemas"]["TracedMarkingRequest"][];
            /** @example M57 */
            model?: string;
            /** @example Wooden grips, crest on the slide */
            otherFeatures?: string;
            /** @enum {string} */
            serialLegibility?: "intact" | "partial" | "altered" | "obliterated";
            /** @example ZC-104 522 */
            serialNumber?: string;
            /** @example 1987 */
            yearOfManufacture?: number;
        };
        TracedMarkingRequest: {
            /** @enum {string} */
            legibility?: "intact" | "partial" | "altered" | "obliterated";
            /** @example left side of the receiver */
            location?: string;
            /** @example ZASTAVA KRAGUJEVAC */
            text: string;
            /** @example manufacture */
            type?: string;
        };
        TraceFromSeizureItemRequest: {
            /**
             * @default restricted
             * @enum {string}
             */
            confidentiality: "public" | "restricted" | "confidential";
            /** @description Overrides the default due date of the priority (ISO date-time) */
            dueAt?: string;
            /** @example Hidden in a container declared as spare parts */
            foundCircumstances?: string;
            /** @example Port of Dakar, container inspection */
            foundPlace?: string;
            /** @example Trafficked: no import licence */
            illicitNature?: string;
            /** @example Criminal investigation TGI-DKR-2026-1187 */
            intendedUse?: string;
            /** @example Law 2021-12 art. 42 */
            legalBasis?: string;
            /** @enum {string} */
            priority: "urgent" | "routine";
            /**
             * @description Defaults to a generated reference
             * @example TR/2026/0001
             */
            reference?: string;
            requestedAgency?: string;
            /** @example RS */
            requestedCountry?: string;
            /** @description When a manufacturer is asked directly */
            requestedManufacturer?: string;
            /** @example Police nationale, Dakar */
            requestingAgency?: string;
            /** @example SN */
            requestingCountry?: string;
            seizureItemId: string;
            /** @description Required when the priority is urgent */
            urgencyJustification?: string;
            /** @example For law enforcement use only; not for court without consent */
            useRestrictions?: string;
        };
        TraceReplyRequest: {
            /** @description References of attached documents (file numbers, registry ids) */
            attachments?: string[];
            body: string;
            /** @enum {string} */
            direction: "received" | "sent";
            occurredAt?: string;
        };
        TraceSearchRequest: {
            /** @example 7.62x25 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            /**
             * @description Import marking: importing country
             * @example SN
             */
            importCountry?: string;
            /**
             * @description Import marking: year
             * @example 2024
             */
            importYear?: number;
            /** @default 20 */
            limit: number;
            /**
             * @description Any alias of the manufacturer
             * @example Crvena Zastava
             */
            make?: string;
            /** @example M57 */
            model?: string;
            /** @default 0 */
            offset: number;
            /**
             * @description Full or partial serial; "?" for one unreadable character, "*" for several
             * @example ZC-10?522
             */
            serial?: string;
            /**
             * @description For a serial without wildcards: "auto" searches the serial itself (as normalised, folded, or a marking reading it) and widens to serials and markings containing it only when that finds nothing; "contains" searches both at once. A pattern with "?" or "*" is always a pattern search.
             * @default auto
             * @enum {string}
             */
            serialMatch: "auto" | "contains";
            /**
             * @description Year of manufacture, from (inclusive)
             * @example 1980
             */
            yearFrom?: number;
            /**
             * @description Year of manufacture, to (inclusive)
             * @example 1990
             */
            yearTo?: number;
        };
        UnregisteredItemRequest: {
            /** @example semi_automatic */
            action?: string;
            /** @example 415 */
            barrelLengthMm?: number;
            /**
             * @description Calibre as written; any alias resolves
             * @example 7.62x39
             */
            calibre?: string;
            /**
             * @description Firearm category code (required for a firearm)
             * @example pistol
             */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            description?: string;
            /**
             * @description Make as written; any alias resolves to the manufacturer
             * @example Crvena Zastava
             */
            make?: string;
            /** @example M70 */
            model?: string;
            /**
             * @default industrial
             * @enum {string}
             */
            origin: "industrial" | "craft_made" | "3d_printed" | "converted" | "reactivated" | "unknown";
            /**
             * @description Required for a part
             * @enum {string}
             */
            partType?: "frame_receiver" | "barrel" | "slide_bolt" | "cylinder" | "other";
            /**
             * @description Serial number exactly as marked
             * @example ZC-104 522
             */
            serialNumber?: string;
            /** @example 1987 */
            yearOfManufacture?: number;
        };
        UpdateAgencyRequest: {
            active?: boolean;
            name?: string;
            region?: string;
            /** @enum {string} */
            type?: "national_firearms_authority" | "police" | "gendarmerie" | "customs" | "border_guard" | "prosecution" | "judiciary" | "armed_forces" | "forensic_laboratory" | "other";
        };
        UpdateHolderRequest: {
            address?: string;
            /** @example 1980-04-12 */
            birthDate?: string;
            country?: string;
            /** @description Person: family name (required for a person) */
            familyName?: string;
            givenNames?: string;
            idDocumentCountry?: string;
            idDocumentNumber?: string;
            /** @example national_id_card */
            idDocumentType?: string;
            /** @description Organisation: legal name (required for an organisation) */
            legalName?: string;
            /** @example SN */
            nationality?: string;
            /**
             * @description Organisation: type (required for an organisation)
             * @enum {string}
             */
            organisationType?: "manufacturer" | "dealer" | "broker" | "carrier" | "state_agency" | "security_company" | "shooting_club" | "other";
            phone?: string;
            /** @description Why the record changes (kept in the audit trail) */
            reason: string;
            registrationNumber?: string;
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
        };
        UpdateNamedRequest: {
            /** @description false retires the entry: kept on existing records, refused on new ones */
            active?: boolean;
            nameEn?: string;
            nameEs?: string;
            nameFr?: string;
            /** @example Official French name changed by decree */
            reason: string;
        };
        UpdateTraceRequest: {
            /**
             * @default restricted
             * @enum {string}
             */
            confidentiality: "public" | "restricted" | "confidential";
            /** @description Overrides the default due date of the priority (ISO date-time) */
            dueAt?: string;
            /** @example Hidden in a container declared as spare parts */
            foundCircumstances?: string;
            /** @example Port of Dakar, container inspection */
            foundPlace?: string;
            /** @example Trafficked: no import licence */
            illicitNature?: string;
            /** @example Criminal investigation TGI-DKR-2026-1187 */
            intendedUse?: string;
            /** @description Only the item fields given change; null clears one (markings: null clears the list) */
            item?: components["schemas"]["TracedItemRequest"];
            /** @example Law 2021-12 art. 42 */
            legalBasis?: string;
            /** @enum {string} */
            priority?: "urgent" | "routine";
            /** @description Why the description changes; required to correct an incoming request (kept in the audit trail) */
            reason?: string;
            /** @description Incoming: corrects when it was received; the default due date follows */
            receivedAt?: string;
            /**
             * @description Defaults to a generated reference
             * @example TR/2026/0001
             */
            reference?: string;
            requestedAgency?: string;
            /** @example RS */
            requestedCountry?: string;
            /** @description When a manufacturer is asked directly */
            requestedManufacturer?: string;
            /** @example Police nationale, Dakar */
            requestingAgency?: string;
            /** @example SN */
            requestingCountry?: string;
            /** @description The seizure case a hand-typed request belongs to (null unlinks it) */
            seizureId?: Record<string, never> | null;
            /** @description Required when the priority is urgent */
            urgencyJustification?: string;
            /** @example For law enforcement use only; not for court without consent */
            useRestrictions?: string;
        };
        UpdateUserRequest: {
            agencyId?: string;
            displayName?: string;
            email?: string;
            roles?: ("admin" | "registry_officer" | "investigator" | "auditor")[];
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
    AgenciesController_list: {
        parameters: {
            query?: {
                active?: boolean;
                limit?: number;
                offset?: number;
                region?: string;
                type?: "national_firearms_authority" | "police" | "gendarmerie" | "customs" | "border_guard" | "prosecution" | "judiciary" | "armed_forces" | "forensic_laboratory" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `agency.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgencyRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `agency.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `agency.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgenciesController_update: {
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
                "application/json": components["schemas"]["UpdateAgencyRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `agency.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HitAlertsController_list: {
        parameters: {
            query?: {
                /** @description Alerts addressed to this agency */
                agencyId?: string;
                firearmId?: string;
                limit?: number;
                /** @description Only alerts addressed to the caller's agency */
                mine?: string;
                offset?: number;
                /** @description Raised on or after (ISO date or date-time) */
                raisedFrom?: string;
                /** @description Raised before (ISO date or date-time) */
                raisedTo?: string;
                seizureId?: string;
                state?: "open" | "acknowledged";
                statusBefore?: "lost" | "stolen";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HitAlertsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HitAlertsController_acknowledge: {
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
                "application/json": components["schemas"]["AcknowledgeAlertRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AmmunitionController_list: {
        parameters: {
            query?: {
                calibre?: string;
                holderId?: string;
                limit?: number;
                lotNumber?: string;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AmmunitionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmmunitionLotRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AmmunitionController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_search: {
        parameters: {
            query?: {
                action?: string;
                /** @description User id of the actor */
                actor?: string;
                /** @description Inclusive lower bound (ISO 8601) */
                from?: string;
                limit?: number;
                offset?: number;
                recordType?: string;
                /** @description Exclusive upper bound (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `audit.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_trail: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                recordId: string;
                recordType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `audit.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_verifyRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
                recordType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `audit.verify` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_requestVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; poll GET /audit/verifications/{id}. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `audit.verify` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_verification: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `audit.verify` (problem+json). */
            403: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DomesticTransfersController_list: {
        parameters: {
            query?: {
                firearmId?: string;
                /** @description Seller or buyer */
                holderId?: string;
                kind?: "sale" | "gift" | "inheritance" | "inter_agency" | "state_to_civilian";
                limit?: number;
                offset?: number;
                status?: "pending" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DomesticTransfersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDomesticTransferRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DomesticTransfersController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DomesticTransfersController_cancel: {
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
                "application/json": components["schemas"]["CancelDomesticTransferRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DomesticTransfersController_complete: {
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
                "application/json": components["schemas"]["CompleteDomesticTransferRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description Calibre code or any alias */
                calibre?: string;
                category?: string;
                holderId?: string;
                limit?: number;
                /** @description Manufacturer code or any alias */
                make?: string;
                /** @description Only records whose make is waiting for review */
                makeUnresolved?: string;
                offset?: number;
                /** @description Registered on or after (ISO date) */
                registeredFrom?: string;
                /** @description Registered before (ISO date) */
                registeredTo?: string;
                status?: "manufactured" | "imported" | "registered" | "in_transit" | "exported" | "lost" | "stolen" | "found" | "surrendered" | "seized" | "confiscated" | "in_custody" | "deactivated" | "destroyed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFirearmRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_correct: {
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
                "application/json": components["schemas"]["CorrectionRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_recordEvent: {
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
                "application/json": components["schemas"]["RecordEventRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_history: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FirearmsController_merge: {
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
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_health: {
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
                    "application/json": unknown;
                };
            };
        };
    };
    HoldersController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description Identity document or registration number, exact */
                documentNumber?: string;
                kind?: "person" | "organisation";
                limit?: number;
                offset?: number;
                /** @description Part of a name or legal name (similarity search) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `holder.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HoldersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHolderRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `holder.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HoldersController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `holder.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HoldersController_update: {
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
                "application/json": components["schemas"]["UpdateHolderRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `holder.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_list: {
        parameters: {
            query?: {
                kind?: "firearms" | "holders" | "licences" | "markings" | "seizure_items";
                limit?: number;
                offset?: number;
                status?: "queued" | "running" | "completed" | "failed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `import.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    allOrNothing?: boolean;
                    /**
                     * Format: uuid
                     * @description Kind markings: the marking campaign whose log the file is
                     */
                    campaignId?: string;
                    /** @description JSON object: header → field */
                    columnMapping?: string;
                    dryRun?: boolean;
                    /** Format: binary */
                    file: string;
                    /** @enum {string} */
                    kind: "firearms" | "holders" | "licences" | "markings" | "seizure_items";
                    /**
                     * Format: uuid
                     * @description Kind seizure_items (required): the seizure case
                     */
                    seizureId?: string;
                };
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `import.run` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `import.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_cancel: {
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
                "application/json": components["schemas"]["CancelImportRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `import.run` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_errors: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `import.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_errorsCsv: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `import.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LicencesController_list: {
        parameters: {
            query?: {
                holderId?: string;
                kind?: "possession" | "dealer" | "manufacturer";
                limit?: number;
                offset?: number;
                status?: "active" | "suspended" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `licence.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LicencesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLicenceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `licence.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LicencesController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `licence.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LicencesController_cover: {
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
                "application/json": components["schemas"]["CoverFirearmRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `licence.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LicencesController_setState: {
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
                "application/json": components["schemas"]["LicenceStateRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `licence.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingCampaignsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingCampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingCampaignsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingCampaignsController_addMarkings: {
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
                "application/json": components["schemas"]["BulkMarkingsRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingsController_list: {
        parameters: {
            query?: {
                ammunitionLotId?: string;
                campaignId?: string;
                firearmId?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMarkingRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MarkingsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `marking.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description Calibre code or any alias */
                calibre?: string;
                category?: string;
                holderId?: string;
                limit?: number;
                /** @description Manufacturer code or any alias */
                make?: string;
                /** @description Only records whose make is waiting for review */
                makeUnresolved?: string;
                offset?: number;
                /** @description Registered on or after (ISO date) */
                registeredFrom?: string;
                /** @description Registered before (ISO date) */
                registeredTo?: string;
                status?: "manufactured" | "imported" | "registered" | "in_transit" | "exported" | "lost" | "stolen" | "found" | "surrendered" | "seized" | "confiscated" | "in_custody" | "deactivated" | "destroyed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_correct: {
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
                "application/json": components["schemas"]["CorrectionRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_recordEvent: {
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
                "application/json": components["schemas"]["RecordEventRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_history: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartsController_merge: {
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
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `firearm.write` (problem+json). */
            403: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    ReferenceController_createNamed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: "categories" | "actions";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNamedRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_updateNamed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                list: "countries" | "categories" | "actions";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNamedRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_actions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_calibres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_createCalibre: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalibreRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_addCalibreAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AliasesRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_categories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_countries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_manufacturers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Any name or alias, in any spelling */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_createManufacturer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateManufacturerRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_addManufacturerAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AliasesRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_unresolvedMakes: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_retention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_setRetention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordClass: "manufacture" | "other";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `reference.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizureItemsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizureItemsController_addCustodyStep: {
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
                "application/json": components["schemas"]["CustodyStepRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizureItemsController_dispose: {
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
                "application/json": components["schemas"]["DisposalRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizuresController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                context?: "trafficking" | "illicit_possession" | "violent_crime" | "other_crime" | "unknown";
                criminalCaseNumber?: string;
                /** @description Seizures that include this register entry */
                firearmId?: string;
                /** @description On or after (ISO date or date-time) */
                from?: string;
                limit?: number;
                offset?: number;
                region?: string;
                /** @description Before (ISO date or date-time) */
                to?: string;
                type?: "seized" | "found" | "surrendered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizuresController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSeizureRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizuresController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizuresController_addItem: {
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
                "application/json": components["schemas"]["SeizedItemRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SeizuresController_addPerson: {
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
                "application/json": components["schemas"]["SeizurePersonRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_tables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `statistics.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_iafq: {
        parameters: {
            query?: {
                agencyId?: string;
                category?: string;
                /** @description Period start (inclusive); defaults to 1 January of the current year */
                from?: string;
                region?: string;
                /** @description Period end (exclusive); defaults to 1 January of the next year */
                to?: string;
            };
            header?: never;
            path: {
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `statistics.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_summary: {
        parameters: {
            query?: {
                agencyId?: string;
                category?: string;
                /** @description Period start (inclusive); defaults to 1 January of the current year */
                from?: string;
                region?: string;
                /** @description Period end (exclusive); defaults to 1 January of the next year */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `statistics.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StorageFacilitiesController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StorageFacilitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StorageFacilityRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StorageFacilitiesController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StorageFacilitiesController_inventory: {
        parameters: {
            query?: {
                kind?: "firearm" | "part" | "ammunition";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `seizure.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TraceController_search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraceSearchRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `trace.search` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemOutcomeRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_list: {
        parameters: {
            query?: {
                direction?: "outgoing" | "incoming";
                /** @description Requests about this register entry: the confirmed match of an incoming request, or the item of an outgoing one */
                firearmId?: string;
                limit?: number;
                offset?: number;
                /** @description Answered requests with this outcome */
                outcome?: "traced_to_last_legal_holder" | "traced_to_point_of_diversion" | "origin_established_without_trace" | "not_traced";
                /** @description Only requests past their due date and still waiting for an answer */
                overdue?: boolean;
                priority?: "urgent" | "routine";
                seizureId?: string;
                status?: "draft" | "sent" | "acknowledged" | "answered" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTraceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_update: {
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
                "application/json": components["schemas"]["UpdateTraceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_acknowledge: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_answer: {
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
                "application/json": components["schemas"]["AnswerTraceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_answerPdf: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_close: {
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
                "application/json": components["schemas"]["CloseTraceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_match: {
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
                "application/json": components["schemas"]["ConfirmMatchRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_reply: {
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
                "application/json": components["schemas"]["TraceReplyRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_requestPdf: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_send: {
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
                "application/json": components["schemas"]["SendTraceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TracingController_fromSeizureItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraceFromSeizureItemRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `tracing.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeLicencesController_list: {
        parameters: {
            query?: {
                /** @description Exporting, importing or transit country */
                country?: string;
                /** @description Exporter, importer or final recipient */
                holderId?: string;
                kind?: "import" | "export" | "transit";
                limit?: number;
                /** @description Licence number, exact */
                number?: string;
                offset?: number;
                /** @description Derived status */
                status?: "issued" | "partly_used" | "used" | "expired" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeLicencesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTradeLicenceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeLicencesController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeLicencesController_reconciliation: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeLicencesController_revoke: {
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
                "application/json": components["schemas"]["RevokeTradeLicenceRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeLicencesController_ship: {
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
                "application/json": components["schemas"]["CreateShipmentRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeShipmentsController_list: {
        parameters: {
            query?: {
                /** @description Only shipments with items still in transit (or none) */
                inTransit?: "true" | "false";
                licenceId?: string;
                limit?: number;
                offset?: number;
                /** @description Shipped on or after */
                shippedFrom?: string;
                /** @description Shipped on or before */
                shippedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeShipmentsController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeShipmentsController_confirm: {
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
                "application/json": components["schemas"]["DeliveryConfirmationRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeShipmentsController_reportLost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportLostRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeShipmentsController_receive: {
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
                "application/json": components["schemas"]["CreateReceiptRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TradeShipmentsController_reconciliation: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `transfer.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                agencyId?: string;
                /** @description Only disabled (true) or only active (false) users */
                disabled?: boolean;
                limit?: number;
                offset?: number;
                /** @description Part of the username or display name */
                q?: string;
                role?: "admin" | "registry_officer" | "investigator" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_get: {
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
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.read` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_update: {
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
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_disable: {
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
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_enable: {
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
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_resetPassword: {
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
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description No or invalid access token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires permission `user.write` (problem+json). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
