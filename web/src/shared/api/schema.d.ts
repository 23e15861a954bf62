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
    "/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_checkpoints"];
        put?: never;
        post: operations["AuditController_seal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_latestCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_publicKey"];
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
    "/audit/records/{recordType}/{recordId}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_proof"];
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
    "/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_preview"];
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
    "/reference/value-aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_valueAliases"];
        put?: never;
        post: operations["ReferenceController_addValueAliases"];
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
    "/tracing/requests/{id}/answer-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TracingController_answerPreview"];
        put?: never;
        post?: never;
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
        AddValueAliasesRequest: {
            /**
             * @example [
             *       "fusil de chasse",
             *       "escopeta"
             *     ]
             */
            aliases: string[];
            /**
             * @description The code the aliases stand for (alpha-2 for countries)
             * @example shotgun
             */
            code: string;
            /**
             * @example category
             * @enum {string}
             */
            list: "category" | "action" | "country" | "origin" | "marking_type" | "marking_method" | "legibility" | "part_type" | "item_kind" | "holder_kind" | "sex" | "organisation_type" | "licence_kind";
        };
        AgencyPage: {
            items: components["schemas"]["AgencyResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        AgencyResponse: {
            active: boolean;
            /** @example PN-DKR */
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            region: string | null;
            type: components["schemas"]["AgencyType"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        AgencyType: "national_firearms_authority" | "police" | "gendarmerie" | "customs" | "border_guard" | "prosecution" | "judiciary" | "armed_forces" | "forensic_laboratory" | "other";
        AliasesRequest: {
            /**
             * @example [
             *       "Crvena Zastava"
             *     ]
             */
            aliases: string[];
        };
        AmmunitionLotPage: {
            items: components["schemas"]["AmmunitionLotResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        AmmunitionLotRequest: {
            /** @example 9mm */
            calibre: string;
            description?: string;
            /** @example S&B 9mm Luger */
            headstamp?: string;
            /** Format: uuid */
            holderId?: string;
            lotNumber?: string;
            /** @example Sellier & Bellot */
            make?: string;
            /** @example 500 */
            quantity: number;
            yearOfManufacture?: number;
        };
        AmmunitionLotResponse: {
            calibre: components["schemas"]["CalibreTextResponse"];
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            headstamp: string | null;
            /** Format: uuid */
            holderId: string | null;
            /** Format: uuid */
            id: string;
            lotNumber: string | null;
            make: components["schemas"]["MakeResponse"];
            quantity: number;
            /** Format: uuid */
            registeringAgencyId: string;
            status: components["schemas"]["AmmunitionStatus"];
            /** Format: date-time */
            updatedAt: string;
            yearOfManufacture: number | null;
        };
        /** @enum {string} */
        AmmunitionStatus: "registered" | "in_custody" | "destroyed" | "lost" | "stolen";
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
        AuditActorResponse: {
            /** Format: uuid */
            agencyId: string | null;
            roles: string[];
            /**
             * Format: uuid
             * @description Null for the system.
             */
            userId: string | null;
            username: string;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntryResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        AuditEntryResponse: {
            /** @example created */
            action: string;
            actor: components["schemas"]["AuditActorResponse"];
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            clientAddress: string | null;
            hash: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description Null for the first entry of the chain. */
            prevHash: string | null;
            reason: string | null;
            /** @description The record id: a uuid, or the code of reference data. */
            recordId: string;
            /** @example firearm */
            recordType: string;
            /** @description Fields shown as "[redacted]" because they concern a person and the reader lacks holder.personal_data (e.g. "after.givenNames"); the hash is of the unredacted entry. */
            redacted: string[];
            /** @description The HTTP request id (X-Request-Id). */
            requestId: string | null;
            /**
             * @description Position in the sealed log (gapless, covered by the signed checkpoints; a bigint as a string); null until the worker seals the entry.
             * @example 1024
             */
            seq: string | null;
        };
        BulkMarkingsRequest: {
            markings: components["schemas"]["MarkingFields"][];
        };
        CalibreAliasesAddedResponse: {
            /** @description The spellings that were new. */
            added: string[];
        };
        CalibreEntryPage: {
            items: components["schemas"]["CalibreEntryResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        CalibreEntryResponse: {
            active: boolean;
            /** @description Spellings that resolve to this calibre. */
            aliases: string[];
            /** @example 9x19 */
            code: string;
            /** @example 9×19mm Parabellum */
            name: string;
        };
        CalibreResponse: {
            active: boolean;
            /** @example 9x19 */
            code: string;
            /** @example 9×19mm Parabellum */
            name: string;
        };
        CalibreTextResponse: {
            asWritten: string | null;
            calibreCode: string | null;
        };
        CampaignMarkingsAddedResponse: {
            /** Format: uuid */
            campaignId: string;
            created: number;
            items: components["schemas"]["MarkingResponse"][];
        };
        CampaignPage: {
            items: components["schemas"]["CampaignResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        CampaignResponse: {
            /** Format: uuid */
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            markingMachine: string | null;
            /** @description Markings applied in the campaign (on the single campaign). */
            markings?: number;
            name: string;
            notes: string | null;
            place: string;
            /** Format: date */
            startsOn: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CancelDomesticTransferRequest: {
            /** @example Buyer withdrew */
            reason: string;
        };
        CancelImportRequest: {
            reason: string;
        };
        CarrierResponse: {
            /** Format: uuid */
            holderId: string | null;
            name: string | null;
        };
        ChainProblemResponse: {
            detail: string;
            /** Format: uuid */
            entryId: string | null;
            /** @description The last sealed position the problem may lie in, when it is located within a checkpoint interval. */
            lastSeq?: string;
            /** @enum {string} */
            problem: "content_altered" | "chain_broken" | "entry_missing" | "entry_out_of_order" | "checkpoint_mismatch" | "checkpoint_invalid";
            /** @description A uuid, or the code of reference data. */
            recordId: string | null;
            recordType: string | null;
            /** @description The sealed position; null for an entry not sealed yet. */
            seq: string | null;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            /** @description At least 12 characters, not containing the username. */
            newPassword: string;
        };
        CheckpointBodyResponse: {
            /** @description First 16 hex digits of the SHA-256 of the public key. */
            keyId: string;
            /** @description The registry this log belongs to. */
            origin: string;
            /** @description RFC 9162 Merkle tree hash of the sealed entries, hex. */
            rootHash: string;
            /** Format: date-time */
            sealedAt: string;
            /** @description Entries sealed: positions 1..size. */
            size: number;
        };
        CheckpointPageResponse: {
            items: components["schemas"]["ServedCheckpointResponse"][];
            page: {
                limit?: number;
                offset?: number;
                total?: number;
                totalIsExact?: boolean;
            };
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
        /** @enum {string} */
        Confidentiality: "public" | "restricted" | "confidential";
        ConfirmMatchRequest: {
            /**
             * Format: uuid
             * @description The candidate confirmed as the item; omit with none=true
             */
            firearmId?: string;
            /** @description None of the candidates is the item */
            none?: boolean;
        };
        ConsistencyProofResponse: {
            /** @description The size of the checkpoint before this one. */
            fromSize: number;
            proof: string[];
        };
        CorrectionRequest: {
            /** @description The corrected fields only */
            changes: components["schemas"]["FirearmDescription"];
            /** @example Serial misread at registration; confirmed on the weapon by the marking team */
            reason: string;
        };
        CountryPage: {
            items: components["schemas"]["CountryResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        CountryResponse: {
            active: boolean;
            /** @example SN */
            alpha2: string;
            /** @example SEN */
            alpha3: string;
            nameEn: string;
            nameEs: string;
            nameFr: string;
            /** @example 686 */
            numericCode: string;
        };
        CoverFirearmRequest: {
            /** Format: uuid */
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
            /**
             * Format: uuid
             * @description Default: the officer's agency
             */
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
            /** Format: uuid */
            firearmId: string;
            /**
             * Format: uuid
             * @description The seller (or donor, estate, agency): the firearm's current holder
             */
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
            /**
             * Format: uuid
             * @description The buyer (or recipient)
             */
            toHolderId: string;
            /**
             * Format: uuid
             * @description The buyer's licence, valid for the firearm's category
             */
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
            /** Format: uuid */
            holderId: string;
            /** @example 2026-01-15 */
            issuedOn: string;
            /**
             * Format: uuid
             * @description Defaults to the officer's agency
             */
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
            /**
             * Format: uuid
             * @description Agency that applied or read the mark (default: the officer's agency)
             */
            agencyId?: string;
            /**
             * Format: uuid
             * @description The ammunition lot carrying the mark
             */
            ammunitionLotId?: string;
            /**
             * @description When the mark was applied, if known
             * @example 2026-03-02
             */
            appliedOn?: string;
            /**
             * Format: uuid
             * @description The marking campaign that applied the mark
             */
            campaignId?: string;
            /**
             * Format: uuid
             * @description The firearm or part carrying the mark (exactly one of firearmId, ammunitionLotId)
             */
            firearmId?: string;
            /**
             * @description Import markings only: the importing country; required on an intact import marking (Protocol art. 8.1(b))
             * @example SN
             */
            importCountry?: string;
            /**
             * @description Import markings only: the year of import, not after the current year; required on an intact import marking (Protocol art. 8.1(b))
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
            /**
             * Format: uuid
             * @description The firearm this part belongs to, if known
             */
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
            /**
             * Format: uuid
             * @description Seizing agency; defaults to the officer's
             */
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
            /**
             * Format: uuid
             * @description The carrier, when it is a holder in the register
             */
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
            /** Format: uuid */
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
            /**
             * Format: uuid
             * @description Export licences: the import licence, when it is registered here
             */
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
            /** @description Export licences with transit states: each transit state's written notice of no objection, required before the licence is issued (art. 10.2(b)) */
            transitNotices?: components["schemas"]["TransitNoticeRequest"][];
        };
        CreateUserRequest: {
            /** Format: uuid */
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
        CustodyStepRecordedResponse: {
            item: components["schemas"]["SeizureItemResponse"];
            step: components["schemas"]["CustodyStepResponse"];
        };
        CustodyStepRequest: {
            /** @example Loaded magazine removed; rust on slide */
            condition?: string;
            /**
             * Format: uuid
             * @description User who receives the item and answers for it; defaults to the officer recording the step
             */
            custodianId?: string;
            /**
             * Format: uuid
             * @description Where the item is now kept
             */
            facilityId: string;
            /**
             * Format: uuid
             * @description User handing the item over; must be its current custodian. Defaults to the officer recording the step
             */
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
        CustodyStepResponse: {
            /** @enum {string|null} */
            closedBy: "handover" | "disposal" | null;
            condition: string | null;
            /**
             * Format: uuid
             * @description The user who holds the item.
             */
            custodianId: string;
            /** Format: uuid */
            facilityId: string;
            /**
             * Format: uuid
             * @description The user who handed the item over; null for the first step.
             */
            handedOverBy: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            notes: string | null;
            ordinal: number;
            /** Format: uuid */
            previousStepId: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** Format: date-time */
            releasedAt: string | null;
            sealNumbers: string[];
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
        DeliveryConfirmationResponse: {
            confirmedBy: string | null;
            /** Format: date */
            confirmedOn: string;
            reference: string | null;
        };
        DiscrepancyResponse: {
            /** @description The item in words. */
            item: string;
            /** Format: uuid */
            licenceItemId: string;
            /** @description missing, extra */
            quantity?: number;
            /**
             * Format: uuid
             * @description different_serial
             */
            receiptItemId?: string;
            /** @description extra */
            receiptItemIds?: string[];
            /** @description different_serial */
            receivedSerial?: string | null;
            /** @description missing, extra */
            serial?: string | null;
            /**
             * Format: uuid
             * @description missing, different_serial
             */
            shipmentItemId?: string;
            /** @description different_serial */
            shippedSerial?: string | null;
            /**
             * @description missing
             * @enum {string}
             */
            status?: "in_transit" | "lost";
            /** @enum {string} */
            type: "missing" | "extra" | "different_serial";
        };
        DisposalRecordedResponse: {
            disposal: components["schemas"]["DisposalResponse"];
            item: components["schemas"]["SeizureItemResponse"];
        };
        DisposalRequest: {
            /** @example Court order TGI-DKR-2026-1187/D */
            authorisation?: string;
            /**
             * @description Destruction or deactivation certificate
             * @example DEST-2026-0091
             */
            certificateNumber?: string;
            /**
             * Format: uuid
             * @description Returned to lawful owner: the owner
             */
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
            /**
             * Format: uuid
             * @description Retained for official use: the agency that keeps it
             */
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
        DisposalResponse: {
            authorisation: string | null;
            certificateNumber: string | null;
            /** Format: uuid */
            holderId: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            method: string | null;
            notes: string | null;
            /** Format: date */
            occurredOn: string;
            place: string | null;
            /** Format: uuid */
            receivingAgencyId: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            stateMarking: string | null;
            type: components["schemas"]["DisposalType"];
            verifyingAuthority: string | null;
            witnesses: string[];
        };
        /** @enum {string} */
        DisposalType: "destroyed" | "deactivated" | "returned_to_owner" | "retained_for_official_use";
        /** @enum {string} */
        DomesticTransferKind: "sale" | "gift" | "inheritance" | "inter_agency" | "state_to_civilian";
        DomesticTransferPage: {
            items: components["schemas"]["DomesticTransferResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        DomesticTransferResponse: {
            /** Format: date */
            agreedOn: string;
            cancelReason: string | null;
            /** Format: date */
            completedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The transfer event on the firearm, once completed.
             */
            firearmEventId: string | null;
            /** Format: uuid */
            firearmId: string;
            /** Format: uuid */
            fromHolderId: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["DomesticTransferKind"];
            notes: string | null;
            referenceDocuments: string[];
            /** Format: uuid */
            registeringAgencyId: string;
            stateTransferMarking: string | null;
            status: components["schemas"]["DomesticTransferStatus"];
            /** Format: uuid */
            toHolderId: string;
            /** Format: uuid */
            toLicenceId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        DomesticTransferStatus: "pending" | "completed" | "cancelled";
        /**
         * @description Stable error code (src/common/errors/error-codes.ts).
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "TOO_MANY_REQUESTS" | "AUTHENTICATION_REQUIRED" | "INVALID_TOKEN" | "INVALID_CREDENTIALS" | "ACCOUNT_DISABLED" | "PASSWORD_CHANGE_REQUIRED" | "PERMISSION_DENIED" | "INVALID_REFRESH_TOKEN" | "PASSWORD_POLICY_VIOLATION" | "USERNAME_TAKEN" | "AGENCY_CODE_TAKEN" | "AGENCY_NOT_FOUND" | "USER_NOT_FOUND" | "LAST_ADMIN" | "AUDIT_VERIFICATION_NOT_FOUND" | "AUDIT_SEALING_NOT_CONFIGURED" | "AUDIT_NOT_SEALED" | "AUDIT_PROOF_PERSONAL_DATA" | "AUDIT_TRAIL_NOT_FOUND" | "UNKNOWN_REFERENCE_CODE" | "REFERENCE_CODE_TAKEN" | "REFERENCE_NOT_FOUND" | "ALIAS_CONFLICT" | "RETENTION_BELOW_MINIMUM" | "FIREARM_NOT_FOUND" | "HOLDER_NOT_FOUND" | "LICENCE_NOT_FOUND" | "AMMUNITION_LOT_NOT_FOUND" | "LICENCE_NUMBER_TAKEN" | "INVALID_LIFECYCLE_TRANSITION" | "LICENCE_EXPIRED" | "LICENCE_NOT_VALID" | "LICENCE_DOES_NOT_COVER" | "EVENT_DETAILS_MISSING" | "FIREARM_MERGED" | "MERGE_NOT_ALLOWED" | "MARKING_NOT_FOUND" | "MARKING_CAMPAIGN_NOT_FOUND" | "MARKING_INVALID" | "INVALID_SERIAL_PATTERN" | "TRACE_CRITERIA_MISSING" | "SEIZURE_NOT_FOUND" | "SEIZURE_ITEM_NOT_FOUND" | "STORAGE_FACILITY_NOT_FOUND" | "HIT_ALERT_NOT_FOUND" | "SEIZURE_REFERENCE_TAKEN" | "STORAGE_FACILITY_CODE_TAKEN" | "FIREARM_ALREADY_IN_SEIZURE" | "ITEM_NOT_IN_CUSTODY" | "ITEM_ALREADY_DISPOSED" | "CUSTODY_NOT_HELD" | "CUSTODY_STEP_INVALID" | "DISPOSAL_DETAILS_MISSING" | "HIT_ALERT_NOT_ADDRESSED_TO_YOU" | "AGENCY_NOT_PERMITTED" | "HIT_ALERT_ALREADY_ACKNOWLEDGED" | "TRADE_LICENCE_NOT_FOUND" | "SHIPMENT_NOT_FOUND" | "SHIPMENT_ITEM_NOT_FOUND" | "DOMESTIC_TRANSFER_NOT_FOUND" | "TRADE_LICENCE_NUMBER_TAKEN" | "TRADE_LICENCE_EXPIRED" | "TRADE_LICENCE_REVOKED" | "TRADE_LICENCE_NOT_YET_VALID" | "LICENCE_QUANTITY_EXCEEDED" | "ITEM_NOT_AUTHORISED" | "IMPORT_LICENCE_REFERENCE_REQUIRED" | "IMPORT_LICENCE_REFERENCE_MISMATCH" | "IMPORT_LICENCE_REFERENCE_INVALID" | "TRADE_LICENCE_ISSUER_MISMATCH" | "TRANSIT_NOTICE_REQUIRED" | "TRANSIT_NOTICE_INVALID" | "SHIPMENT_ITEM_INVALID" | "EXPORTER_NOT_HOLDER" | "ITEM_ALREADY_RECEIVED" | "RECEIPT_REQUIRED" | "SELLER_NOT_CURRENT_HOLDER" | "STATE_TRANSFER_MARKING_REQUIRED" | "TRANSFER_PARTIES_INVALID" | "TRANSFER_NOT_PENDING" | "TRANSFER_ALREADY_PENDING" | "IMPORT_NOT_FOUND" | "IMPORT_NOT_CANCELLABLE" | "IMPORT_FILE_MISSING" | "IMPORT_FILE_EMPTY" | "IMPORT_FILE_UNSUPPORTED" | "IMPORT_FILE_UNREADABLE" | "IMPORT_QUEUE_UNAVAILABLE" | "TRACE_REQUEST_NOT_FOUND" | "TRACE_REQUEST_REFERENCE_TAKEN" | "INVALID_TRACE_STATUS_TRANSITION" | "TRACE_REQUEST_DIRECTION_MISMATCH" | "TRACE_MATCH_NOT_CONFIRMED" | "TRACE_OUTCOME_INVALID" | "TRACE_REQUEST_NOT_EDITABLE" | "IAFQ_TABLE_NOT_FOUND";
        FirearmCountsResponse: {
            /** @description By firearm category code. */
            byCategory: {
                [key: string]: number;
            };
            found: number;
            seized: number;
            surrendered: number;
            total: number;
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
        FirearmEventRecordedResponse: {
            event: components["schemas"]["FirearmEventResponse"];
            firearm: components["schemas"]["FirearmResponse"];
        };
        FirearmEventResponse: {
            /** Format: uuid */
            agencyId: string | null;
            /** @description Event-specific details. */
            details: {
                [key: string]: unknown;
            };
            holder: components["schemas"]["HolderRefResponse"] | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            licenceId: string | null;
            notes: string | null;
            /** Format: date */
            occurredOn: string;
            ordinal: number;
            place: string | null;
            previousHolder: components["schemas"]["HolderRefResponse"] | null;
            reason: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /**
             * Format: uuid
             * @description The firearm or part.
             */
            recordId: string;
            referenceDocuments: string[];
            statusAfter: string;
            statusBefore: string | null;
            /** @description A lifecycle event type, or corrected, merged, merged_into. */
            type: string;
        };
        FirearmHistoryResponse: {
            currentStatus: components["schemas"]["FirearmStatus"];
            events: components["schemas"]["FirearmEventResponse"][];
            firearm: components["schemas"]["FirearmResponse"];
            holderChain: components["schemas"]["HolderChainLinkResponse"][];
            lastLegalHolder: components["schemas"]["HolderSummaryResponse"] | null;
            markings: components["schemas"]["MarkingResponse"][];
            /** @description Records merged into this one; their events are in the timeline. */
            mergedRecordIds: string[];
            pointOfDiversion: components["schemas"]["PointOfDiversionResponse"] | null;
        };
        /** @enum {string} */
        FirearmOrigin: "industrial" | "craft_made" | "3d_printed" | "converted" | "reactivated" | "unknown";
        FirearmPage: {
            items: components["schemas"]["FirearmResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        FirearmRecordResponse: {
            action: string | null;
            /**
             * @description Set when stolen or lost, so no screen can miss it.
             * @enum {string|null}
             */
            alert: "stolen" | "lost" | null;
            /** @description Events that may follow now (on the single record). */
            allowedEvents?: components["schemas"]["LifecycleEventType"][];
            barrelLengthMm: number | null;
            calibre: components["schemas"]["CalibreTextResponse"];
            category: string | null;
            /** @description ISO 3166-1 alpha-2 */
            countryOfManufacture: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The last legal holder while the status is lawful. */
            currentHolder: components["schemas"]["HolderSummaryResponse"] | null;
            description: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["ItemKind"];
            /** @description Kept through loss, theft and seizure, for tracing. */
            lastLegalHolder: components["schemas"]["HolderSummaryResponse"] | null;
            make: components["schemas"]["MakeResponse"];
            /** Format: uuid */
            mergedIntoId: string | null;
            model: string | null;
            openAlerts: components["schemas"]["HitAlertResponse"][];
            origin: components["schemas"]["FirearmOrigin"];
            /** Format: uuid */
            parentFirearmId: string | null;
            partType: components["schemas"]["PartType"] | null;
            pointOfDiversion: components["schemas"]["PointOfDiversionResponse"] | null;
            possibleDuplicates: components["schemas"]["FirearmResponse"][];
            /** Format: uuid */
            registeringAgencyId: string;
            serialNumber: components["schemas"]["SerialResponse"];
            status: components["schemas"]["FirearmStatus"];
            /** @description First recorded from a seizure, find or surrender. */
            unregisteredBeforeSeizure: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            yearOfManufacture: number | null;
        };
        FirearmRegisteredResponse: {
            action: string | null;
            /**
             * @description Set when stolen or lost, so no screen can miss it.
             * @enum {string|null}
             */
            alert: "stolen" | "lost" | null;
            /** @description Events that may follow now (on the single record). */
            allowedEvents?: components["schemas"]["LifecycleEventType"][];
            barrelLengthMm: number | null;
            calibre: components["schemas"]["CalibreTextResponse"];
            category: string | null;
            /** @description ISO 3166-1 alpha-2 */
            countryOfManufacture: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The last legal holder while the status is lawful. */
            currentHolder: components["schemas"]["HolderSummaryResponse"] | null;
            description: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["ItemKind"];
            /** @description Kept through loss, theft and seizure, for tracing. */
            lastLegalHolder: components["schemas"]["HolderSummaryResponse"] | null;
            make: components["schemas"]["MakeResponse"];
            /** Format: uuid */
            mergedIntoId: string | null;
            model: string | null;
            origin: components["schemas"]["FirearmOrigin"];
            /** Format: uuid */
            parentFirearmId: string | null;
            partType: components["schemas"]["PartType"] | null;
            possibleDuplicates: components["schemas"]["FirearmResponse"][];
            /** Format: uuid */
            registeringAgencyId: string;
            serialNumber: components["schemas"]["SerialResponse"];
            status: components["schemas"]["FirearmStatus"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            yearOfManufacture: number | null;
        };
        FirearmResponse: {
            action: string | null;
            /**
             * @description Set when stolen or lost, so no screen can miss it.
             * @enum {string|null}
             */
            alert: "stolen" | "lost" | null;
            /** @description Events that may follow now (on the single record). */
            allowedEvents?: components["schemas"]["LifecycleEventType"][];
            barrelLengthMm: number | null;
            calibre: components["schemas"]["CalibreTextResponse"];
            category: string | null;
            /** @description ISO 3166-1 alpha-2 */
            countryOfManufacture: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The last legal holder while the status is lawful. */
            currentHolder: components["schemas"]["HolderSummaryResponse"] | null;
            description: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["ItemKind"];
            /** @description Kept through loss, theft and seizure, for tracing. */
            lastLegalHolder: components["schemas"]["HolderSummaryResponse"] | null;
            make: components["schemas"]["MakeResponse"];
            /** Format: uuid */
            mergedIntoId: string | null;
            model: string | null;
            origin: components["schemas"]["FirearmOrigin"];
            /** Format: uuid */
            parentFirearmId: string | null;
            partType: components["schemas"]["PartType"] | null;
            /** Format: uuid */
            registeringAgencyId: string;
            serialNumber: components["schemas"]["SerialResponse"];
            status: components["schemas"]["FirearmStatus"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            yearOfManufacture: number | null;
        };
        /** @enum {string} */
        FirearmStatus: "manufactured" | "imported" | "registered" | "in_transit" | "exported" | "lost" | "stolen" | "found" | "surrendered" | "seized" | "confiscated" | "in_custody" | "deactivated" | "destroyed";
        HealthResponse: {
            /** @enum {string} */
            status: "ok";
        };
        HitAlertPage: {
            items: components["schemas"]["HitAlertResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        HitAlertResponse: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: uuid */
            acknowledgedBy: string | null;
            acknowledgementNote: string | null;
            /** Format: uuid */
            addressedAgencyId: string;
            /** Format: uuid */
            firearmId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            raisedAt: string;
            /** Format: uuid */
            reportEventId: string | null;
            /** Format: uuid */
            seizureId: string | null;
            state: components["schemas"]["HitAlertState"];
            /** @enum {string} */
            statusBefore: "lost" | "stolen";
            /** Format: uuid */
            triggerEventId: string;
            triggerEventType: string;
        };
        /** @enum {string} */
        HitAlertState: "open" | "acknowledged";
        HolderChainLinkResponse: {
            /** @description The event that made them holder. */
            byEvent: string;
            /** Format: date */
            from: string;
            holder: components["schemas"]["HolderRefResponse"] | null;
            /**
             * Format: date
             * @description Null for the holder now.
             */
            until: string | null;
        };
        /** @enum {string} */
        HolderKind: "person" | "organisation";
        HolderPage: {
            items: components["schemas"]["HolderResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        HolderRefResponse: {
            /** Format: uuid */
            id: string;
            kind?: components["schemas"]["HolderKind"];
            name?: string | null;
            organisationType?: components["schemas"]["OrganisationType"] | null;
            restricted?: boolean;
        };
        HolderResponse: {
            address?: string | null;
            /**
             * Format: date
             * @description Persons.
             */
            birthDate?: string | null;
            /** @description Organisations; ISO 3166-1 alpha-2. */
            country?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Persons. */
            familyName?: string | null;
            /** @description Persons. */
            givenNames?: string | null;
            /** Format: uuid */
            id: string;
            /** @description Persons; ISO 3166-1 alpha-2. */
            idDocumentCountry?: string | null;
            /** @description Persons. */
            idDocumentNumber?: string | null;
            /** @description Persons. */
            idDocumentType?: string | null;
            /** @description Known by name only (named on an imported firearm row without a document): to be completed with a document. */
            identifiedByNameOnly: boolean;
            kind: components["schemas"]["HolderKind"];
            /** @description Organisations. */
            legalName?: string | null;
            /** @description Persons; ISO 3166-1 alpha-2. */
            nationality?: string | null;
            /** @description Organisations. */
            organisationType?: components["schemas"]["OrganisationType"] | null;
            phone?: string | null;
            /** Format: uuid */
            registeringAgencyId: string;
            /** @description Organisations. */
            registrationNumber?: string | null;
            /** @description A person whose details this role may not see. */
            restricted?: boolean;
            /** @description Persons. */
            sex?: components["schemas"]["Sex"] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        HolderSummaryResponse: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["HolderKind"];
            /** @description Null when the person is restricted. */
            name: string | null;
            /** @description Organisations only. */
            organisationType?: components["schemas"]["OrganisationType"] | null;
            /** @description Present (true) when personal data is withheld from this role. */
            restricted?: boolean;
        };
        /** @enum {string} */
        IafqSection: "arms_seized_found_surrendered" | "parts_components_ammunition" | "tracing_results" | "significant_seizures" | "persons_involved";
        IafqTableResponse: {
            columns: string[];
            /** @example arms_by_type */
            name: string;
            /** @description Where to download the table as CSV, relative to the API. */
            path: string;
            section: components["schemas"]["IafqSection"];
            title: string;
        };
        IafqTablesResponse: {
            tables: components["schemas"]["IafqTableResponse"][];
        };
        /**
         * @description recognised: by its header (English, French or Spanish); mapped: by the columnMapping; ignored: left out by the columnMapping; unknown: no field has this header.
         * @enum {string}
         */
        ImportColumnSource: "recognised" | "mapped" | "ignored" | "unknown";
        ImportDuplicateFieldResponse: {
            field: string;
            headers: string[];
        };
        ImportFieldResponse: {
            /** @description Headers recognised as this field, compared without case, accents or punctuation. */
            headers: string[];
            name: string;
            /** @description The file must have a column for it. */
            required: boolean;
        };
        ImportFileResponse: {
            /** @example utf-8 */
            encoding: string | null;
            /** @example csv */
            format: string | null;
            /** @description Headers that map to no field. */
            ignoredColumns: string[];
            name: string;
            sha256: string;
            /** @description Bytes. */
            size: number;
        };
        /** @enum {string} */
        ImportKind: "firearms" | "holders" | "licences" | "markings" | "seizure_items";
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
        ImportLicenceReferenceResponse: {
            country: string | null;
            /** Format: date */
            expiresOn: string | null;
            /** Format: uuid */
            id: string | null;
            /** Format: date */
            issuedOn: string | null;
            number: string;
        };
        ImportPage: {
            items: components["schemas"]["ImportResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        ImportPreviewColumnResponse: {
            /** @description The field the column is read as; null when it is left out. */
            field: string | null;
            header: string;
            /** @description Position in the file, from 0. */
            index: number;
            /** @description The column's values in the first rows. */
            samples: string[];
            /** @description recognised: by its header (English, French or Spanish); mapped: by the columnMapping; ignored: left out by the columnMapping; unknown: no field has this header. */
            source: components["schemas"]["ImportColumnSource"];
        };
        ImportPreviewResponse: {
            columns: components["schemas"]["ImportPreviewColumnResponse"][];
            /** @description Fields two columns are read as: the import would fail. */
            duplicateFields: components["schemas"]["ImportDuplicateFieldResponse"][];
            /** @example windows-1252 */
            encoding: string | null;
            /** @description Every field of the kind, for a mapping. */
            fields: components["schemas"]["ImportFieldResponse"][];
            /** @example csv */
            format: string;
            /** @description Headers left out by the columnMapping. */
            ignoredColumns: string[];
            kind: components["schemas"]["ImportKind"];
            /** @description Required fields no column is read as: the import would fail. */
            missingFields: string[];
            /** @description Rows read for the samples. */
            sampleRows: number;
            /** @description Headers no field of the kind has: left out unless mapped. */
            unknownColumns: string[];
        };
        ImportProgressResponse: {
            percent: number;
            rowsAccepted: number;
            rowsDuplicate: number;
            rowsPerSecond: number;
            rowsRead: number;
            rowsRejected: number;
        };
        ImportResponse: {
            /** Format: uuid */
            agencyId: string;
            allOrNothing: boolean;
            /** Format: uuid */
            campaignId: string | null;
            /** Format: date-time */
            createdAt: string;
            dryRun: boolean;
            /** @description Why the import failed. */
            error: string | null;
            file: components["schemas"]["ImportFileResponse"];
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ImportKind"];
            progress: components["schemas"]["ImportProgressResponse"];
            /** Format: uuid */
            requestedBy: string | null;
            /** @description Times the import was taken over and resumed after a lost worker or lease. */
            resumeCount: number;
            /** Format: uuid */
            seizureId: string | null;
            /** Format: date-time */
            startedAt: string | null;
            status: components["schemas"]["ImportStatus"];
            /** @description The file's own vocabulary mapped to known values, per field: {"category": {"lance-pierre": "other"}}. */
            valueMapping: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        ImportRowErrorPage: {
            items: components["schemas"]["ImportRowErrorResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        ImportRowErrorResponse: {
            /**
             * Format: uuid
             * @description The record the row duplicates.
             */
            duplicateOf: string | null;
            field: string;
            reason: string;
            row: number;
        };
        /** @enum {string} */
        ImportStatus: "queued" | "running" | "completed" | "failed" | "cancelled";
        InitialEvent: {
            /**
             * Format: uuid
             * @description Acting agency; defaults to the officer's
             */
            agencyId?: string;
            /**
             * @description Event-specific facts. deactivated: certificateNumber, verifyingAuthority. destroyed: method, witnesses (names). exported/imported: country (ISO alpha-2).
             * @example {
             *       "certificateNumber": "DEACT-2026-0042",
             *       "verifyingAuthority": "National Proof House"
             *     }
             */
            details?: Record<string, never>;
            /**
             * Format: uuid
             * @description Holder the firearm goes to (licensed, transferred, registered, released)
             */
            holderId?: string;
            /**
             * Format: uuid
             * @description The receiving holder's licence (required for licensed and transferred)
             */
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
        InTransitResponse: {
            quantity: number;
            /** Format: uuid */
            shipmentId: string;
            /** Format: uuid */
            shipmentItemId: string;
            status: components["schemas"]["ShippedStatus"];
        };
        InventoryItemPage: {
            items: components["schemas"]["InventoryItemResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        InventoryItemResponse: {
            /** @description Ammunition items only. */
            ammunition: components["schemas"]["SeizedAmmunitionResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Where the item is now (on the case, the item and inventories). */
            currentCustody?: components["schemas"]["CustodyStepResponse"] | null;
            description: string | null;
            /** @description On the case and the item. */
            disposal?: components["schemas"]["DisposalResponse"] | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SeizedItemKind"];
            markingsText: string | null;
            ordinal: number;
            registeredBeforeSeizure: boolean;
            /** Format: uuid */
            seizureId: string;
            seizureReference: string;
            /** @enum {string|null} */
            serialLegibility: "intact" | "partial" | "altered" | "obliterated" | null;
            state: components["schemas"]["SeizedItemState"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        ItemKind: "firearm" | "part";
        ItemOutcomeRequest: {
            /** @enum {string} */
            outcome: "traced_to_last_legal_holder" | "traced_to_point_of_diversion" | "origin_established_without_trace" | "not_traced";
            /** @description Required for not_traced; how the origin was established otherwise */
            reason?: string;
            /** Format: uuid */
            seizureItemId: string;
        };
        ItemOutcomeResponse: {
            outcome: components["schemas"]["TraceOutcome"];
            reason: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            seizureItemId: string;
            /** Format: uuid */
            traceRequestId: string | null;
        };
        /** @enum {string} */
        Legibility: "intact" | "partial" | "altered" | "obliterated";
        LicenceItemRequest: {
            /** @example 9x19 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            description?: string;
            /**
             * Format: uuid
             * @description A firearm of the register listed on the licence (exports)
             */
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
        /** @enum {string} */
        LicenceKind: "possession" | "dealer" | "manufacturer";
        LicencePage: {
            items: components["schemas"]["LicenceResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        LicenceReconciliationResponse: {
            discrepancies: components["schemas"]["ShipmentDiscrepancyResponse"][];
            inTransit: components["schemas"]["InTransitResponse"][];
            licence: components["schemas"]["ReconciledLicenceResponse"];
            lines: components["schemas"]["ReconciledLineResponse"][];
            shipments: components["schemas"]["ReconciledShipmentResponse"][];
            totals: components["schemas"]["LicenceTotalsResponse"];
        };
        LicenceResponse: {
            categories: string[];
            conditions: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            expiresOn: string;
            /** @description Firearms the licence covers (on the single licence; empty in lists and after create). */
            firearmIds: string[];
            /** Format: uuid */
            holderId: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            /** Format: uuid */
            issuingAgencyId: string;
            kind: components["schemas"]["LicenceKind"];
            number: string;
            stateReason: string | null;
            /** @description On the day of the request: revocation and suspension first, then the dates. */
            status: components["schemas"]["LicenceStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        LicenceStateRequest: {
            reason: string;
            /** @enum {string} */
            state: "active" | "suspended" | "revoked";
        };
        /**
         * @description On the day of the request: revocation and suspension first, then the dates.
         * @enum {string}
         */
        LicenceStatus: "active" | "suspended" | "revoked" | "expired" | "not_yet_valid";
        LicenceTotalsResponse: {
            authorised: number;
            inTransit: number;
            received: number;
            shipped: number;
        };
        /**
         * @description Events that may follow now (on the single record).
         * @enum {string}
         */
        LifecycleEventType: "manufactured" | "imported" | "registered" | "licensed" | "transferred" | "exported" | "in_transit" | "reported_lost" | "reported_stolen" | "found" | "surrendered" | "seized" | "confiscated" | "taken_into_custody" | "released" | "deactivated" | "destroyed";
        MakeResponse: {
            /** @description As written on the record or the weapon, always kept. */
            asWritten: string | null;
            manufacturerCode: string | null;
            /** @description Written but not resolved to a manufacturer: in the review queue. */
            needsReview: boolean;
        };
        ManufacturerAliasesAddedResponse: {
            /** @description The spellings that were new. */
            added: string[];
            /** @description Firearms kept as written under one of them, now resolved. */
            firearmsResolved: number;
        };
        ManufacturerEntryPage: {
            items: components["schemas"]["ManufacturerEntryResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        ManufacturerEntryResponse: {
            active: boolean;
            /** @description Spellings that resolve to this manufacturer. */
            aliases: string[];
            /** @example IZHMASH */
            code: string;
            /** @description ISO 3166-1 alpha-2 */
            country: string | null;
            name: string;
        };
        ManufacturerResponse: {
            active: boolean;
            /** @example IZHMASH */
            code: string;
            /** @description ISO 3166-1 alpha-2 */
            country: string | null;
            name: string;
        };
        MarkingFields: {
            /**
             * Format: uuid
             * @description Agency that applied or read the mark (default: the officer's agency)
             */
            agencyId?: string;
            /**
             * Format: uuid
             * @description The ammunition lot carrying the mark
             */
            ammunitionLotId?: string;
            /**
             * @description When the mark was applied, if known
             * @example 2026-03-02
             */
            appliedOn?: string;
            /**
             * Format: uuid
             * @description The firearm or part carrying the mark (exactly one of firearmId, ammunitionLotId)
             */
            firearmId?: string;
            /**
             * @description Import markings only: the importing country; required on an intact import marking (Protocol art. 8.1(b))
             * @example SN
             */
            importCountry?: string;
            /**
             * @description Import markings only: the year of import, not after the current year; required on an intact import marking (Protocol art. 8.1(b))
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
        /** @enum {string} */
        MarkingMethod: "stamped" | "engraved" | "laser" | "cast" | "other";
        MarkingPage: {
            items: components["schemas"]["MarkingResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        MarkingResponse: {
            /** Format: uuid */
            agencyId: string | null;
            /** Format: uuid */
            ammunitionLotId: string | null;
            /** Format: date */
            appliedOn: string | null;
            /** Format: uuid */
            campaignId: string | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            /** @description ISO 3166-1 alpha-2 */
            importCountry: string | null;
            importYear: number | null;
            legibility: components["schemas"]["Legibility"];
            location: string | null;
            method: components["schemas"]["MarkingMethod"] | null;
            notes: string | null;
            /** Format: date */
            readOn: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            text: components["schemas"]["MarkingTextResponse"];
            type: components["schemas"]["MarkingType"];
        };
        MarkingTextResponse: {
            /** @description As read on the item. */
            asRead: string;
            /** @description With confusable characters folded (O/0, I/1, ...), for search. */
            folded: string;
            normalised: string;
        };
        /** @enum {string} */
        MarkingType: "manufacture" | "import" | "state_transfer" | "deactivation" | "proof" | "other";
        MergeRequest: {
            /**
             * Format: uuid
             * @description The duplicate record, absorbed into this one
             */
            duplicateId: string;
            reason: string;
        };
        NamedEntryPage: {
            items: components["schemas"]["NamedEntryResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        NamedEntryResponse: {
            active: boolean;
            /** @example pistol */
            code: string;
            nameEn: string;
            nameEs: string;
            nameFr: string;
        };
        /**
         * @description Organisations.
         * @enum {string}
         */
        OrganisationType: "manufacturer" | "dealer" | "broker" | "carrier" | "state_agency" | "security_company" | "shooting_club" | "other";
        PageInfo: {
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @description Rows matching the filters, all pages together: exact up to 1,000, the planner's estimate beyond (see totalIsExact). */
            total: number;
            /** @description False when `total` is an estimate: more than 1,000 rows match, and counting them all would cost every page. */
            totalIsExact: boolean;
        };
        /** @enum {string} */
        PartType: "frame_receiver" | "barrel" | "slide_bolt" | "cylinder" | "other";
        PartyRequest: {
            /**
             * Format: uuid
             * @description The party, when it is a holder in the register
             */
            holderId?: string;
            /**
             * @description Name as on the licence; defaults to the holder's name
             * @example Armurerie du Port SARL
             */
            name?: string;
        };
        /**
         * @description Effective permissions of the roles, sorted.
         * @enum {string}
         */
        Permission: "agency.read" | "agency.write" | "user.read" | "user.write" | "reference.read" | "reference.write" | "audit.read" | "audit.verify" | "firearm.read" | "firearm.write" | "holder.read" | "holder.write" | "holder.personal_data" | "licence.read" | "licence.write" | "marking.read" | "marking.write" | "trace.search" | "transfer.read" | "transfer.write" | "seizure.read" | "seizure.write" | "import.read" | "import.run" | "tracing.read" | "tracing.write" | "statistics.read";
        PersonCountsResponse: {
            byAgeGroup: {
                [key: string]: number;
            };
            bySex: {
                [key: string]: number;
            };
            /** @description Sex, then age group. */
            bySexAndAgeGroup: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            total: number;
        };
        PointOfDiversionResponse: {
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            kind: "lost" | "stolen";
            /** Format: date */
            occurredOn: string;
        };
        /** @description RFC 9457 problem document. Clients switch on `code`; `detail` is for the person reading the screen. Some codes add extension members (e.g. `currentStatus`, `lockedUntil`, `retryAfterSeconds`). */
        Problem: {
            code: components["schemas"]["ErrorCode"];
            detail: string;
            /** @description One entry per field refused, for bad input. */
            errors?: {
                /** @example serialNumber */
                field: string;
                message: string;
            }[];
            /** @example /api/firearms/3f8c7a64-2c1e-4d6b-9a51-0e7c2b1d4f90 */
            instance: string;
            requestId?: string;
            /** @example 404 */
            status: number;
            /** @example Firearm not found */
            title: string;
            /** @example urn:firearms-registry:problem:firearm-not-found */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ProfileResponse: {
            /** Format: uuid */
            agencyId: string;
            displayName: string;
            /** Format: uuid */
            id: string;
            mustChangePassword: boolean;
            /** @description Effective permissions of the roles, sorted. */
            permissions: components["schemas"]["Permission"][];
            roles: components["schemas"]["Role"][];
            username: string;
        };
        ProofBundleResponse: {
            /** @description { checkpoint, signature }, as in ServedCheckpoint. */
            checkpoint: {
                [key: string]: unknown;
            };
            /** @description Each { entry, inclusionProof }. */
            entries: {
                [key: string]: unknown;
            }[];
            format: string;
            recordId: string;
            recordType: string;
            /** @description Entries of the record written after the checkpoint: not in this proof yet. */
            unsealedEntries: number;
        };
        PublicKeyResponse: {
            /** @example Ed25519 */
            algorithm: string;
            keyId: string;
            /** @description SPKI, PEM. */
            publicKeyPem: string;
        };
        ReadinessChecks: {
            /** @enum {string} */
            postgres: "ok" | "unreachable";
            /** @enum {string} */
            redis: "ok" | "unreachable";
        };
        ReadinessResponse: {
            checks: components["schemas"]["ReadinessChecks"];
            /** @enum {string} */
            status: "ok" | "unavailable";
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
        ReceiptItemResponse: {
            /** Format: uuid */
            ammunitionLotId: string | null;
            calibre: components["schemas"]["TradeCalibreResponse"];
            category: string | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["TradeItemKind"];
            /** Format: uuid */
            licenceItemId: string;
            lineNo: number;
            lotNumber: string | null;
            make: components["schemas"]["TradeMakeResponse"];
            model: string | null;
            partType: string | null;
            quantity: number;
            serialNumber: string | null;
        };
        ReceiptResponse: {
            /** Format: uuid */
            id: string;
            items: components["schemas"]["ReceiptItemResponse"][];
            notes: string | null;
            place: string | null;
            receivedBy: string | null;
            /** Format: date */
            receivedOn: string;
        };
        ReconciledLicenceResponse: {
            /** Format: date */
            expiresOn: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            issuedOn: string;
            kind: components["schemas"]["TradeLicenceKind"];
            number: string;
            status: components["schemas"]["TradeLicenceStatus"];
        };
        ReconciledLineResponse: {
            authorised: number;
            calibre: components["schemas"]["TradeCalibreResponse"];
            category: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["TradeItemKind"];
            lineNo: number;
            make: components["schemas"]["TradeMakeResponse"];
            model: string | null;
            partType: string | null;
            received: number;
            remaining: number;
            serialNumber: string | null;
            shipped: number;
            used: number;
        };
        ReconciledShipmentHeadResponse: {
            /** Format: uuid */
            id: string;
            licence: components["schemas"]["ShipmentLicenceResponse"];
            reference: string | null;
            /** Format: date */
            shippedOn: string;
        };
        ReconciledShipmentItemResponse: {
            /** Format: uuid */
            id: string;
            lineNo: number;
            /** Format: date */
            lostReportedOn: string | null;
            lotNumber: string | null;
            quantity: number;
            quantityInTransit: number;
            quantityReceived: number;
            serialNumber: string | null;
            status: components["schemas"]["ShippedStatus"];
        };
        ReconciledShipmentResponse: {
            discrepancies: components["schemas"]["DiscrepancyResponse"][];
            /** Format: uuid */
            id: string;
            reference: string | null;
            /** Format: date */
            shippedOn: string;
            totals: components["schemas"]["ShipmentTotalsResponse"];
        };
        RecordEventRequest: {
            /**
             * Format: uuid
             * @description Acting agency; defaults to the officer's
             */
            agencyId?: string;
            /**
             * @description Event-specific facts. deactivated: certificateNumber, verifyingAuthority. destroyed: method, witnesses (names). exported/imported: country (ISO alpha-2).
             * @example {
             *       "certificateNumber": "DEACT-2026-0042",
             *       "verifyingAuthority": "National Proof House"
             *     }
             */
            details?: Record<string, never>;
            /**
             * Format: uuid
             * @description Holder the firearm goes to (licensed, transferred, registered, released)
             */
            holderId?: string;
            /**
             * Format: uuid
             * @description The receiving holder's licence (required for licensed and transferred)
             */
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
        RecordVerificationResponse: {
            entriesChecked: number;
            intact: boolean;
            /** @description The first broken link. */
            problem: components["schemas"]["ChainProblemResponse"] | null;
            /** @description A uuid, or the code of reference data. */
            recordId: string;
            recordType: string;
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
        RetentionResponse: {
            legalBasis: string;
            minimumYears: number;
            /** @enum {string} */
            recordClass: "manufacture" | "other";
            /** Format: date-time */
            updatedAt: string;
        };
        RevokeTradeLicenceRequest: {
            /** @example End-user certificate found to be forged */
            reason: string;
        };
        /** @enum {string} */
        Role: "admin" | "registry_officer" | "investigator" | "auditor";
        Sdg1642Response: {
            /** @description Seized, found or surrendered firearms whose origin was established. */
            established: number;
            total: number;
            /** @description established / total; null without firearms. */
            value: number | null;
        };
        SealRequestedResponse: {
            /** @enum {boolean} */
            queued: true;
        };
        SeizedAmmunitionResponse: {
            calibre: components["schemas"]["SeizedCalibreResponse"];
            headstamp: string | null;
            lotNumber: string | null;
            make: string | null;
            quantity: number | null;
        };
        SeizedCalibreResponse: {
            asWritten: string | null;
            calibreCode: string | null;
        };
        /** @enum {string} */
        SeizedItemKind: "firearm" | "part" | "ammunition";
        SeizedItemRequest: {
            /**
             * @description Ammunition: calibre as written
             * @example 7.62x39
             */
            calibre?: string;
            description?: string;
            /**
             * Format: uuid
             * @description A firearm or part already on the register
             */
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
        /** @enum {string} */
        SeizedItemState: "seized" | "in_custody" | "disposed";
        /** @enum {string} */
        SeizureContext: "trafficking" | "illicit_possession" | "violent_crime" | "other_crime" | "unknown";
        SeizureDetailResponse: {
            campaign: string | null;
            context: components["schemas"]["SeizureContext"];
            /** Format: date-time */
            createdAt: string;
            criminalCaseNumber: string | null;
            hitAlerts: components["schemas"]["HitAlertResponse"][];
            /** Format: uuid */
            id: string;
            items: components["schemas"]["SeizureItemResponse"][];
            notes: string | null;
            /** Format: date-time */
            occurredAt: string;
            persons: components["schemas"]["SeizurePersonResponse"][];
            place: components["schemas"]["SeizurePlaceResponse"];
            /** Format: uuid */
            recordedBy: string | null;
            reference: string;
            /** Format: uuid */
            seizingAgencyId: string;
            seizingOfficer: string;
            type: components["schemas"]["SeizureType"];
            /** Format: date-time */
            updatedAt: string;
        };
        SeizureItemDetailResponse: {
            /** @description Ammunition items only. */
            ammunition: components["schemas"]["SeizedAmmunitionResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Where the item is now (on the case, the item and inventories). */
            currentCustody?: components["schemas"]["CustodyStepResponse"] | null;
            /** @description The whole chain, in order. */
            custodyChain: components["schemas"]["CustodyStepResponse"][];
            description: string | null;
            /** @description On the case and the item. */
            disposal?: components["schemas"]["DisposalResponse"] | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SeizedItemKind"];
            markingsText: string | null;
            ordinal: number;
            registeredBeforeSeizure: boolean;
            /** Format: uuid */
            seizureId: string;
            /** @enum {string|null} */
            serialLegibility: "intact" | "partial" | "altered" | "obliterated" | null;
            state: components["schemas"]["SeizedItemState"];
            /** Format: date-time */
            updatedAt: string;
        };
        SeizureItemResponse: {
            /** @description Ammunition items only. */
            ammunition: components["schemas"]["SeizedAmmunitionResponse"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Where the item is now (on the case, the item and inventories). */
            currentCustody?: components["schemas"]["CustodyStepResponse"] | null;
            description: string | null;
            /** @description On the case and the item. */
            disposal?: components["schemas"]["DisposalResponse"] | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SeizedItemKind"];
            markingsText: string | null;
            ordinal: number;
            registeredBeforeSeizure: boolean;
            /** Format: uuid */
            seizureId: string;
            /** @enum {string|null} */
            serialLegibility: "intact" | "partial" | "altered" | "obliterated" | null;
            state: components["schemas"]["SeizedItemState"];
            /** Format: date-time */
            updatedAt: string;
        };
        SeizurePage: {
            items: components["schemas"]["SeizureResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        SeizurePersonRequest: {
            /** @example 27 */
            age?: number;
            /** @example 1999 */
            birthYear?: number;
            /**
             * Format: uuid
             * @description The holder record of this person, if any
             */
            holderId?: string;
            /** @example SN */
            nationality?: string;
            notes?: string;
            /** @enum {string} */
            role: "suspect" | "owner_claimed" | "witness";
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
        };
        SeizurePersonResponse: {
            age: number | null;
            birthYear?: number | null;
            holder: components["schemas"]["HolderRefResponse"] | null;
            /** Format: uuid */
            id: string;
            nationality: string | null;
            notes?: string | null;
            /** @description Present (true) when personal data is withheld from this role. */
            restricted?: boolean;
            role: components["schemas"]["SeizurePersonRole"];
            /** Format: uuid */
            seizureId: string;
            /** @enum {string|null} */
            sex: "female" | "male" | "unknown" | null;
        };
        /** @enum {string} */
        SeizurePersonRole: "suspect" | "owner_claimed" | "witness";
        SeizurePlaceResponse: {
            latitude: number | null;
            locality: string | null;
            longitude: number | null;
            region: string | null;
        };
        SeizureResponse: {
            campaign: string | null;
            context: components["schemas"]["SeizureContext"];
            /** Format: date-time */
            createdAt: string;
            criminalCaseNumber: string | null;
            /** Format: uuid */
            id: string;
            notes: string | null;
            /** Format: date-time */
            occurredAt: string;
            place: components["schemas"]["SeizurePlaceResponse"];
            /** Format: uuid */
            recordedBy: string | null;
            reference: string;
            /** Format: uuid */
            seizingAgencyId: string;
            seizingOfficer: string;
            type: components["schemas"]["SeizureType"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        SeizureType: "seized" | "found" | "surrendered";
        SendTraceRequest: {
            /** @description When it was sent (defaults to now); starts the due date */
            sentAt?: string;
        };
        SerialResponse: {
            /** @description As written. */
            asWritten: string | null;
            /** @description With confusable characters folded, for search. */
            folded: string | null;
            normalised: string | null;
        };
        ServedCheckpointResponse: {
            checkpoint: components["schemas"]["CheckpointBodyResponse"] | null;
            consistency: components["schemas"]["ConsistencyProofResponse"] | null;
            /** @description Ed25519 signature of the canonical JSON of `checkpoint`, base64. */
            signature: string | null;
        };
        /**
         * @description Persons.
         * @enum {string}
         */
        Sex: "female" | "male" | "unknown";
        ShipmentDiscrepancyResponse: {
            /** @description The item in words. */
            item: string;
            /** Format: uuid */
            licenceItemId: string;
            /** @description missing, extra */
            quantity?: number;
            /**
             * Format: uuid
             * @description different_serial
             */
            receiptItemId?: string;
            /** @description extra */
            receiptItemIds?: string[];
            /** @description different_serial */
            receivedSerial?: string | null;
            /** @description missing, extra */
            serial?: string | null;
            /** Format: uuid */
            shipmentId: string;
            /**
             * Format: uuid
             * @description missing, different_serial
             */
            shipmentItemId?: string;
            /** @description different_serial */
            shippedSerial?: string | null;
            /**
             * @description missing
             * @enum {string}
             */
            status?: "in_transit" | "lost";
            /** @enum {string} */
            type: "missing" | "extra" | "different_serial";
        };
        ShipmentItemRequest: {
            /** @example 9x19 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            /**
             * Format: uuid
             * @description Exports: the firearm or part of the register being shipped (or give its serialNumber)
             */
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
        ShipmentItemResponse: {
            calibre: components["schemas"]["TradeCalibreResponse"];
            category: string | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["TradeItemKind"];
            /** Format: uuid */
            licenceItemId: string;
            lineNo: number;
            lostReason: string | null;
            /** Format: date */
            lostReportedOn: string | null;
            lotNumber: string | null;
            make: components["schemas"]["TradeMakeResponse"];
            model: string | null;
            partType: string | null;
            quantity: number;
            quantityInTransit: number;
            quantityReceived: number;
            serialNumber: string | null;
            status: components["schemas"]["ShippedStatus"];
        };
        ShipmentLicenceResponse: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["TradeLicenceKind"];
            number: string;
        };
        ShipmentPage: {
            items: components["schemas"]["ShipmentResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        ShipmentReconciliationResponse: {
            discrepancies: components["schemas"]["DiscrepancyResponse"][];
            items: components["schemas"]["ReconciledShipmentItemResponse"][];
            shipment: components["schemas"]["ReconciledShipmentHeadResponse"];
            totals: components["schemas"]["ShipmentTotalsResponse"];
        };
        ShipmentResponse: {
            carrier: components["schemas"]["CarrierResponse"];
            /** Format: date-time */
            createdAt: string;
            deliveryConfirmation: components["schemas"]["DeliveryConfirmationResponse"] | null;
            discrepancies: components["schemas"]["DiscrepancyResponse"][];
            /** Format: uuid */
            id: string;
            items: components["schemas"]["ShipmentItemResponse"][];
            licence: components["schemas"]["ShipmentLicenceResponse"];
            notes: string | null;
            receipts: components["schemas"]["ReceiptResponse"][];
            reference: string | null;
            /** @description Countries on the way, in order. */
            route: string[];
            routeDescription: string | null;
            /** Format: date */
            shippedOn: string;
            totals: components["schemas"]["ShipmentTotalsResponse"];
            /** Format: date-time */
            updatedAt: string;
        };
        ShipmentTotalsResponse: {
            inTransit: number;
            lost: number;
            received: number;
            shipped: number;
        };
        /** @enum {string} */
        ShippedStatus: "received" | "partly_received" | "in_transit" | "lost";
        SignInRequest: {
            /** @example Demo-Registry-2026! */
            password: string;
            /** @example demo.officer */
            username: string;
        };
        StatisticsFiltersResponse: {
            /** Format: uuid */
            agencyId: string | null;
            category: string | null;
            region: string | null;
        };
        StatisticsPeriodResponse: {
            /** Format: date-time */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive.
             */
            to: string;
        };
        StatisticsSummaryResponse: {
            ammunitionRounds: number;
            filters: components["schemas"]["StatisticsFiltersResponse"];
            firearms: components["schemas"]["FirearmCountsResponse"];
            parts: number;
            period: components["schemas"]["StatisticsPeriodResponse"];
            persons: components["schemas"]["PersonCountsResponse"];
            sdg_16_4_2: components["schemas"]["Sdg1642Response"];
            seizures: number;
            /** @description By trace outcome. */
            traceOutcomes: {
                [key: string]: number;
            };
            traces: components["schemas"]["TracesByDirectionResponse"];
        };
        StorageFacilityPage: {
            items: components["schemas"]["StorageFacilityResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        StorageFacilityRequest: {
            address?: string;
            /**
             * Format: uuid
             * @description Agency running the facility; defaults to the officer's
             */
            agencyId?: string;
            /** @example ARM-DKR-01 */
            code: string;
            locality?: string;
            /** @example Central armoury, Dakar */
            name: string;
            region?: string;
        };
        StorageFacilityResponse: {
            active: boolean;
            address: string | null;
            /** Format: uuid */
            agencyId: string;
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            locality: string | null;
            name: string;
            region: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        TokenResponse: {
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** @description Single use: exchanging it at /auth/refresh revokes it. */
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["ProfileResponse"];
        };
        TraceAnswerPreviewResponse: {
            /** @description firearm and markings, chain of legal custody (each link with its holder), lastLegalHolder, diversion, suggestedOutcome, reason. Persons named only with holder.personal_data. */
            answer: {
                [key: string]: unknown;
            };
        };
        TraceCalibreResponse: {
            asWritten: string | null;
            calibreCode: string | null;
        };
        TraceCandidateResponse: {
            /** @enum {string|null} */
            alert: "stolen" | "lost" | null;
            calibre: components["schemas"]["TraceCalibreResponse"];
            category: string | null;
            countryOfManufacture: string | null;
            /** Format: uuid */
            firearmId: string;
            /** @enum {string} */
            itemKind: "firearm" | "part";
            /** @description Restricted (no name) without holder.personal_data. */
            lastLegalHolder: components["schemas"]["HolderRefResponse"] | null;
            make: components["schemas"]["TraceMakeResponse"];
            model: string | null;
            reasons: components["schemas"]["TraceReasonResponse"][];
            score: number;
            serialNumber: components["schemas"]["TraceSerialResponse"];
            status: string;
            yearOfManufacture: number | null;
        };
        TraceContextResponse: {
            foundCircumstances: string | null;
            foundPlace: string | null;
            /** Format: uuid */
            seizureId: string | null;
            /** Format: uuid */
            seizureItemId: string | null;
        };
        TraceCountsResponse: {
            answered: number;
            /** @description By trace outcome. */
            answeredByOutcome: {
                [key: string]: number;
            };
            medianResponseDays: number | null;
            overdue: number;
            requested: number;
        };
        TraceCriteriaResponse: {
            calibre?: string;
            calibreResolvedTo?: string;
            category?: string;
            countryOfManufacture?: string;
            importCountry?: string;
            importYear?: number;
            limit: number;
            make?: string;
            /** @description The manufacturer the make resolved to through its aliases. */
            makeResolvedTo?: string;
            model?: string;
            offset: number;
            serial?: string;
            serialKeys?: components["schemas"]["TraceSerialKeysResponse"];
            /** @enum {string} */
            serialMatch?: "auto" | "contains";
            yearFrom?: number;
            yearTo?: number;
        };
        /** @enum {string} */
        TraceDirection: "outgoing" | "incoming";
        TracedItemRequest: {
            /** @example 7.62x25 */
            calibre?: string;
            /** @example pistol */
            category?: string;
            /** @example RS */
            countryOfManufacture?: string;
            /**
             * Format: uuid
             * @description Outgoing, on creation: the register entry the item is (a trace-search hit); never changed by an edit
             */
            firearmId?: string;
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
        TracedItemResponse: {
            calibre: string | null;
            category: string | null;
            countryOfManufacture?: string | null;
            /** Format: uuid */
            firearmId?: string | null;
            make: string | null;
            markings: components["schemas"]["TracedMarkingResponse"][];
            model: string | null;
            otherFeatures: string | null;
            serialLegibility?: string | null;
            serialNumber: string | null;
            yearOfManufacture?: number | null;
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
        TracedMarkingResponse: {
            legibility?: string | null;
            location?: string | null;
            text: string;
            type?: string | null;
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
            /** Format: uuid */
            seizureItemId: string;
            /** @description Required when the priority is urgent */
            urgencyJustification?: string;
            /** @example For law enforcement use only; not for court without consent */
            useRestrictions?: string;
        };
        TraceMakeResponse: {
            asWritten: string | null;
            manufacturerCode: string | null;
        };
        TraceMatchResponse: {
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            firearmId: string | null;
            /** @description Decided that no register record matches. */
            none: boolean;
        };
        /** @enum {string} */
        TraceOutcome: "traced_to_last_legal_holder" | "traced_to_point_of_diversion" | "origin_established_without_trace" | "not_traced";
        /** @enum {string} */
        TracePriority: "urgent" | "routine";
        TraceReasonResponse: {
            /** @example folded_serial */
            code: string;
            /** @description The reason in words, for the officer. */
            detail: string;
            /** Format: uuid */
            markingId?: string;
            points: number;
        };
        TraceReplyRequest: {
            /** @description References of attached documents (file numbers, registry ids) */
            attachments?: string[];
            body: string;
            /** @enum {string} */
            direction: "received" | "sent";
            occurredAt?: string;
        };
        TraceReplyResponse: {
            attachments: string[];
            body: string;
            /** @enum {string} */
            direction: "received" | "sent";
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            ordinal: number;
            /** Format: date-time */
            recordedAt: string;
        };
        TraceRequestResponse: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: uuid */
            agencyId: string;
            /** @description The answer: outcome, firearm and markings, chain of legal custody (each link with its holder), lastLegalHolder, diversion, summary. Persons named only with holder.personal_data. */
            answer: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description Register candidates found for an incoming request, as the trace search ranked them. */
            candidates: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            closedAt: string | null;
            confidentiality: components["schemas"]["Confidentiality"];
            context: components["schemas"]["TraceContextResponse"];
            /** Format: date-time */
            createdAt: string;
            direction: components["schemas"]["TraceDirection"];
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            illicitNature: string | null;
            intendedUse: string | null;
            item: components["schemas"]["TracedItemResponse"];
            legalBasis: string | null;
            match: components["schemas"]["TraceMatchResponse"];
            /** Format: uuid */
            matchedFirearmId: string | null;
            outcome: components["schemas"]["TraceOutcome"] | null;
            outcomeReason: string | null;
            /** @description Sent or received and not answered by the due date. */
            overdue: boolean;
            priority: components["schemas"]["TracePriority"];
            reference: string;
            replies: components["schemas"]["TraceReplyResponse"][];
            requestedAgency: string | null;
            /** Format: date-time */
            requestedAt: string | null;
            requestedCountry: string | null;
            requestedManufacturer: string | null;
            requestingAgency: string | null;
            requestingCountry: string | null;
            /** Format: uuid */
            seizureId: string | null;
            /** Format: uuid */
            seizureItemId: string | null;
            status: components["schemas"]["TraceStatus"];
            /** Format: date-time */
            updatedAt: string;
            urgencyJustification: string | null;
            useRestrictions: string | null;
            version: number;
        };
        TraceRequestSummaryPage: {
            items: components["schemas"]["TraceRequestSummaryResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        TraceRequestSummaryResponse: {
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            direction: components["schemas"]["TraceDirection"];
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            matchedFirearmId: string | null;
            outcome: components["schemas"]["TraceOutcome"] | null;
            outcomeReason: string | null;
            /** @description Sent or received and not answered by the due date. */
            overdue: boolean;
            priority: components["schemas"]["TracePriority"];
            reference: string;
            /** Format: date-time */
            requestedAt: string | null;
            requestedCountry: string | null;
            requestedManufacturer: string | null;
            requestingCountry: string | null;
            /** Format: uuid */
            seizureId: string | null;
            /** Format: uuid */
            seizureItemId: string | null;
            status: components["schemas"]["TraceStatus"];
        };
        TracesByDirectionResponse: {
            incoming: components["schemas"]["TraceCountsResponse"];
            outgoing: components["schemas"]["TraceCountsResponse"];
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
        TraceSearchResponse: {
            criteria: components["schemas"]["TraceCriteriaResponse"];
            /** @description Candidates flagged stolen or lost. */
            flagged: number;
            items: components["schemas"]["TraceCandidateResponse"][];
            /** @description The candidate limit per branch was reached: narrow the criteria. */
            mayBeIncomplete: boolean;
            page: components["schemas"]["PageInfo"];
            /** Format: uuid */
            queryId: string;
            /** @description Null without a serial. */
            serialSearch: components["schemas"]["TraceSerialSearchResponse"] | null;
        };
        TraceSerialKeysResponse: {
            folded: string;
            normalised: string;
            wildcards: boolean;
        };
        TraceSerialResponse: {
            asWritten: string | null;
            folded: string | null;
            normalised: string | null;
        };
        TraceSerialSearchResponse: {
            /** @enum {string} */
            mode: "exact" | "contains" | "pattern";
            /** @description The exact search found nothing, so the search was widened to contains. */
            widened: boolean;
        };
        /** @enum {string} */
        TraceStatus: "draft" | "sent" | "acknowledged" | "answered" | "closed";
        TradeCalibreResponse: {
            asWritten: string | null;
            calibreCode: string | null;
        };
        /** @enum {string} */
        TradeItemKind: "firearm" | "part" | "ammunition";
        /** @enum {string} */
        TradeLicenceKind: "import" | "export" | "transit";
        TradeLicenceLineResponse: {
            authorised: number;
            calibre: components["schemas"]["TradeCalibreResponse"];
            category: string | null;
            description: string | null;
            /** Format: uuid */
            firearmId: string | null;
            /** Format: uuid */
            id: string;
            itemKind: components["schemas"]["TradeItemKind"];
            lineNo: number;
            make: components["schemas"]["TradeMakeResponse"];
            model: string | null;
            partType: string | null;
            quantity: number;
            received: number;
            remaining: number;
            serialNumber: string | null;
            shipped: number;
            /** @description Counted against the licence. */
            used: number;
        };
        TradeLicencePage: {
            items: components["schemas"]["TradeLicenceResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        TradeLicenceResponse: {
            /** Format: date-time */
            createdAt: string;
            endUserCertificateRef: string | null;
            /** Format: date */
            expiresOn: string;
            exporter: components["schemas"]["TradePartyResponse"];
            exportingCountry: string;
            finalRecipient: components["schemas"]["TradePartyResponse"];
            /** Format: uuid */
            id: string;
            importer: components["schemas"]["TradePartyResponse"];
            importingCountry: string;
            importLicence: components["schemas"]["ImportLicenceReferenceResponse"] | null;
            /** Format: date */
            issuedOn: string;
            issuingAuthority: string;
            issuingCountry: string;
            items: components["schemas"]["TradeLicenceLineResponse"][];
            kind: components["schemas"]["TradeLicenceKind"];
            notes: string | null;
            number: string;
            placeOfIssue: string | null;
            /** Format: uuid */
            registeringAgencyId: string;
            stateReason: string | null;
            /** @description On the day of the request. */
            status: components["schemas"]["TradeLicenceStatus"];
            transitCountries: string[];
            transitNotices: components["schemas"]["TransitNoticeResponse"][];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description On the day of the request.
         * @enum {string}
         */
        TradeLicenceStatus: "issued" | "partly_used" | "used" | "expired" | "revoked";
        TradeMakeResponse: {
            asWritten: string | null;
            manufacturerCode: string | null;
        };
        TradePartyResponse: {
            /** Format: uuid */
            holderId: string | null;
            /** @description Null when restricted. */
            name: string | null;
            /** @description Present (true) when the party is a person this role may not see. */
            restricted?: boolean;
        };
        TransitNoticeRequest: {
            /**
             * @description The transit state that gave notice
             * @example ML
             */
            country: string;
            /**
             * @description Date of the notice: on or before the export licence is issued
             * @example 2026-01-08
             */
            date: string;
            /**
             * @description The notice's reference as the transit state wrote it
             * @example ML-MAE-2026-0311
             */
            reference: string;
        };
        TransitNoticeResponse: {
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            /** Format: date */
            date: string;
            reference: string;
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
        UnresolvedMakePage: {
            items: components["schemas"]["UnresolvedMakeResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        UnresolvedMakeResponse: {
            firearms: number;
            makeText: string;
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
            /**
             * Format: uuid
             * @description The seizure case a hand-typed request belongs to (null unlinks it)
             */
            seizureId?: string | null;
            /** @description Required when the priority is urgent */
            urgencyJustification?: string;
            /** @example For law enforcement use only; not for court without consent */
            useRestrictions?: string;
        };
        UpdateUserRequest: {
            /** Format: uuid */
            agencyId?: string;
            displayName?: string;
            email?: string;
            roles?: ("admin" | "registry_officer" | "investigator" | "auditor")[];
        };
        UserPage: {
            items: components["schemas"]["UserResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        UserResponse: {
            /** Format: uuid */
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            disabled: boolean;
            /** Format: date-time */
            disabledAt: string | null;
            displayName: string;
            /** Format: email */
            email: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSignInAt: string | null;
            /** Format: date-time */
            lockedUntil: string | null;
            mustChangePassword: boolean;
            roles: components["schemas"]["Role"][];
            /** Format: date-time */
            updatedAt: string;
            username: string;
        };
        ValueAliasesAddedResponse: {
            /** @description The names added (those already known are left out). */
            added: string[];
            code: string;
            list: string;
        };
        ValueAliasPage: {
            items: components["schemas"]["ValueAliasResponse"][];
            page: components["schemas"]["PageInfo"];
        };
        ValueAliasResponse: {
            /** @example fusil de chasse */
            alias: string;
            /** @example shotgun */
            code: string;
            /** @example category */
            list: string;
        };
        VerificationResponse: {
            entriesChecked: number;
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description The first sealed position a problem affects. */
            firstAffectedSeq: string | null;
            /** Format: uuid */
            id: string;
            /** @description Null until completed. */
            intact: boolean | null;
            problems: components["schemas"]["ChainProblemResponse"][];
            recordsChecked: number;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `agency.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `agency.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `agency.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `agency.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HitAlertPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HitAlertResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HitAlertResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmmunitionLotPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmmunitionLotResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmmunitionLotResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_checkpoints: {
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointPageResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_seal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the checkpoint appears in GET /audit/checkpoints/latest. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealRequestedResponse"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.verify` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_latestCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedCheckpointResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_publicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeyResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_proof: {
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProofBundleResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.verify` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordVerificationResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.verify` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.verify` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `audit.verify` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused (PASSWORD_CHANGE_REQUIRED, PERMISSION_DENIED). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN).
             *
             *     Problem (AUTHENTICATION_REQUIRED, INVALID_TOKEN, INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN).
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused (PASSWORD_CHANGE_REQUIRED, PERMISSION_DENIED). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (AUTHENTICATION_REQUIRED, INVALID_TOKEN, INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (AUTHENTICATION_REQUIRED, INVALID_TOKEN, INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ACCOUNT_DISABLED, PASSWORD_CHANGE_REQUIRED, PERMISSION_DENIED, AUDIT_PROOF_PERSONAL_DATA, HIT_ALERT_NOT_ADDRESSED_TO_YOU, AGENCY_NOT_PERMITTED). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (see code). */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (TOO_MANY_REQUESTS). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Done; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused (PASSWORD_CHANGE_REQUIRED, PERMISSION_DENIED). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomesticTransferPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomesticTransferResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomesticTransferResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomesticTransferResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomesticTransferResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                /** @description Records merged into another: left out by default (the survivor stands for them) */
                merged?: "exclude" | "include" | "only";
                offset?: number;
                /** @description Registered on or after (ISO date) */
                registeredFrom?: string;
                /** @description Registered before (ISO date) */
                registeredTo?: string;
                /** @description Order of the list; a leading "-" reverses it. Ties are broken by the record id, so pages never overlap. */
                sort?: "-registered" | "registered" | "serial" | "-serial" | "make" | "-make";
                status?: "manufactured" | "imported" | "registered" | "in_transit" | "exported" | "lost" | "stolen" | "found" | "surrendered" | "seized" | "confiscated" | "in_custody" | "deactivated" | "destroyed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmRegisteredResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmRecordResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmEventRecordedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmEventRecordedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmHistoryResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                /** @description true: only holders identified by name only (created from a name on an imported firearm row, no document yet), to complete */
                nameOnly?: "true" | "false";
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `holder.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `holder.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `holder.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolderResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `holder.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                    /** @description JSON object: header → field; "" leaves the column out */
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
                    /** @description JSON object: field → { value in the file → code }, e.g. {"category":{"lance-pierre":"other"}} */
                    valueMapping?: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the import is queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.run` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.run` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRowErrorPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Every rejected row: row, field, reason, duplicate_of. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description JSON object: header → field; "" leaves the column out */
                    columnMapping?: string;
                    /** Format: binary */
                    file: string;
                    /** @enum {string} */
                    kind: "firearms" | "holders" | "licences" | "markings" | "seizure_items";
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `import.run` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicencePage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `licence.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `licence.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `licence.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `licence.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `licence.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignMarkingsAddedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkingPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkingResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkingResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `marking.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                /** @description Records merged into another: left out by default (the survivor stands for them) */
                merged?: "exclude" | "include" | "only";
                offset?: number;
                /** @description Registered on or after (ISO date) */
                registeredFrom?: string;
                /** @description Registered before (ISO date) */
                registeredTo?: string;
                /** @description Order of the list; a leading "-" reverses it. Ties are broken by the record id, so pages never overlap. */
                sort?: "-registered" | "registered" | "serial" | "-serial" | "make" | "-make";
                status?: "manufactured" | "imported" | "registered" | "in_transit" | "exported" | "lost" | "stolen" | "found" | "surrendered" | "seized" | "confiscated" | "in_custody" | "deactivated" | "destroyed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmRegisteredResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmRecordResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmEventRecordedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmEventRecordedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmHistoryResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirearmResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `firearm.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description PostgreSQL or Redis does not answer (the same document, not a problem). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NamedEntryResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryResponse"] | components["schemas"]["NamedEntryResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_actions: {
        parameters: {
            query?: {
                /** @description Only entries in use (true) or withdrawn (false) */
                active?: boolean;
                limit?: number;
                offset?: number;
                /** @description A code, a name in any of the three languages or an alias; case and accents ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NamedEntryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_calibres: {
        parameters: {
            query?: {
                /** @description Only entries in use (true) or withdrawn (false) */
                active?: boolean;
                limit?: number;
                offset?: number;
                /** @description A code, a name in any of the three languages or an alias; case and accents ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibreEntryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibreResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibreAliasesAddedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_categories: {
        parameters: {
            query?: {
                /** @description Only entries in use (true) or withdrawn (false) */
                active?: boolean;
                limit?: number;
                offset?: number;
                /** @description A code, a name in any of the three languages or an alias; case and accents ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NamedEntryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_countries: {
        parameters: {
            query?: {
                /** @description Only entries in use (true) or withdrawn (false) */
                active?: boolean;
                limit?: number;
                offset?: number;
                /** @description A code, a name in any of the three languages or an alias; case and accents ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManufacturerEntryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManufacturerResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManufacturerAliasesAddedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnresolvedMakePage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionResponse"][];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_valueAliases: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only the aliases of this list */
                list?: "category" | "action" | "country" | "origin" | "marking_type" | "marking_method" | "legibility" | "part_type" | "item_kind" | "holder_kind" | "sex" | "organisation_type" | "licence_kind";
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueAliasPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferenceController_addValueAliases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddValueAliasesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueAliasesAddedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `reference.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeizureItemDetailResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustodyStepRecordedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisposalRecordedResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeizurePage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeizureDetailResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeizureDetailResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeizureItemResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeizurePersonResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IafqTablesResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `statistics.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description One IAFQ table, UTF-8 CSV with a header row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `statistics.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsSummaryResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `statistics.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageFacilityPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageFacilityResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageFacilityResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryItemPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `seizure.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceSearchResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `trace.search` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOutcomeResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                /** @description newest: newest first. due: the requests still waiting for an answer first, soonest due date first (an inbox) */
                order?: "newest" | "due";
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestSummaryPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TracingController_answerPreview: {
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceAnswerPreviewResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The printable answer; persons named only with holder.personal_data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceReplyResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The printable request (ITI). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceRequestResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `tracing.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeLicencePage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeLicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeLicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenceReconciliationResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeLicenceResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentReconciliationResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `transfer.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.read` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem (VALIDATION_FAILED, MALFORMED_JSON, INVALID_SERIAL_PATTERN, TRACE_CRITERIA_MISSING, IMPORT_FILE_MISSING). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid access token (AUTHENTICATION_REQUIRED, INVALID_TOKEN). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires permission `user.write` (PERMISSION_DENIED, PASSWORD_CHANGE_REQUIRED, ...). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (ROUTE_NOT_FOUND, AGENCY_NOT_FOUND, USER_NOT_FOUND, AUDIT_VERIFICATION_NOT_FOUND, AUDIT_TRAIL_NOT_FOUND, REFERENCE_NOT_FOUND, FIREARM_NOT_FOUND, HOLDER_NOT_FOUND, LICENCE_NOT_FOUND, AMMUNITION_LOT_NOT_FOUND, MARKING_NOT_FOUND, MARKING_CAMPAIGN_NOT_FOUND, SEIZURE_NOT_FOUND, SEIZURE_ITEM_NOT_FOUND, STORAGE_FACILITY_NOT_FOUND, HIT_ALERT_NOT_FOUND, TRADE_LICENCE_NOT_FOUND, SHIPMENT_NOT_FOUND, SHIPMENT_ITEM_NOT_FOUND, DOMESTIC_TRANSFER_NOT_FOUND, IMPORT_NOT_FOUND, TRACE_REQUEST_NOT_FOUND, IAFQ_TABLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (USERNAME_TAKEN, AGENCY_CODE_TAKEN, LAST_ADMIN, AUDIT_NOT_SEALED, REFERENCE_CODE_TAKEN, ALIAS_CONFLICT, LICENCE_NUMBER_TAKEN, INVALID_LIFECYCLE_TRANSITION, LICENCE_EXPIRED, LICENCE_NOT_VALID, LICENCE_DOES_NOT_COVER, FIREARM_MERGED, MERGE_NOT_ALLOWED, SEIZURE_REFERENCE_TAKEN, STORAGE_FACILITY_CODE_TAKEN, FIREARM_ALREADY_IN_SEIZURE, ITEM_NOT_IN_CUSTODY, ITEM_ALREADY_DISPOSED, CUSTODY_NOT_HELD, HIT_ALERT_ALREADY_ACKNOWLEDGED, TRADE_LICENCE_NUMBER_TAKEN, TRADE_LICENCE_EXPIRED, TRADE_LICENCE_REVOKED, TRADE_LICENCE_NOT_YET_VALID, LICENCE_QUANTITY_EXCEEDED, IMPORT_LICENCE_REFERENCE_INVALID, EXPORTER_NOT_HOLDER, ITEM_ALREADY_RECEIVED, RECEIPT_REQUIRED, SELLER_NOT_CURRENT_HOLDER, TRANSFER_NOT_PENDING, TRANSFER_ALREADY_PENDING, IMPORT_NOT_CANCELLABLE, TRACE_REQUEST_REFERENCE_TAKEN, INVALID_TRACE_STATUS_TRANSITION, TRACE_REQUEST_DIRECTION_MISMATCH, TRACE_MATCH_NOT_CONFIRMED, TRACE_REQUEST_NOT_EDITABLE). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (PASSWORD_POLICY_VIOLATION, UNKNOWN_REFERENCE_CODE, RETENTION_BELOW_MINIMUM, EVENT_DETAILS_MISSING, MARKING_INVALID, CUSTODY_STEP_INVALID, DISPOSAL_DETAILS_MISSING, ITEM_NOT_AUTHORISED, IMPORT_LICENCE_REFERENCE_REQUIRED, IMPORT_LICENCE_REFERENCE_MISMATCH, TRADE_LICENCE_ISSUER_MISMATCH, TRANSIT_NOTICE_REQUIRED, TRANSIT_NOTICE_INVALID, SHIPMENT_ITEM_INVALID, STATE_TRANSFER_MARKING_REQUIRED, TRANSFER_PARTIES_INVALID, IMPORT_FILE_EMPTY, IMPORT_FILE_UNREADABLE, TRACE_OUTCOME_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error (e.g. 413, 415, 423, 500, 503). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
