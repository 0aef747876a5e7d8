/// Why a published detail (an office's, a service's, the agency's contacts) was refused — shared
/// by OfficeDetailsRule, ServiceDetailsRule and AgencyContacts, so a form words them alike.
public enum DetailProblem: String, Sendable, Equatable {
    case required, tooLong, notAPhone, notAnEmail, notAPostalCode, tooManyRanges, outOfRange, notHTTPS
}
