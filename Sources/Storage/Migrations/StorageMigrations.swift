import Fluent

/// Every migration in order. Append only: a landed migration is never edited.
public enum StorageMigrations {
    public static var all: [any Migration] {
        [
            CreateReferenceTables(),
            CreateStaffAccess(),
            CreateAppSecrets(),
            CreateJobLeases(),
            CreateBookings(),
            CreateOutbox(),
            CreateWaitlist(),
            CreateReleaseRules(),
            CreateQueue(),
            CreateVisitSettings(),
            CreateClosingAndAlerts(),
            ScopeOutboxAndKnownSignIns(),
            AddTransfers2025(),
            BookingLifecycleMigration(),
            IndexManageTokens(),
            FeePeriods(),
            OfficeDetails(),
            CreateAgencyContacts(),
            CreateCases(),
            CaseCatalogueMigration(),
            OutboxDelivery(),
            OutboxCalendar(),
            OfficeNamesWithDiacritics(),
            ReferenceVersionTable(),
            BookingCheckIndexes(),
        ]
    }
}
