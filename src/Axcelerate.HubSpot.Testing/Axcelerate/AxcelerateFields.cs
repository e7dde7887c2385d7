namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>The field names, write parameters and value types of each aXcelerate record, as the official docs give them.</summary>
internal static class AxcelerateFields
{
    /// <summary>Every key of the docs' <c>GET /contact/{id}</c> sample (custom fields aside), plus the keys live payloads carry.</summary>
    public static readonly string[] ContactOutput =
    [
        "CONTACTID", "GIVENNAME", "SURNAME", "EMAILADDRESS", "SEX", "DOB", "USI", "USI_VERIFIED", "USI_EXEMPTION", "TITLE",
        "MIDDLENAME", "PREFERREDNAME", "LUI", "TFN_RECORDED", "OPTIONALID", "POSITION", "SECTION", "DIVISION", "ORGANISATION",
        "ORGID", "ORGIDS", "ADDRESS1", "ADDRESS2", "CITY", "STATE", "POSTCODE", "COUNTRY", "SADDRESS1", "SADDRESS2", "SCITY",
        "SSTATE", "SPOSTCODE", "SCOUNTRY", "PHONE", "MOBILEPHONE", "WORKPHONE", "FAX", "COMMENT", "WEBSITE",
        "CITIZENSTATUSID", "CITIZENSTATUSNAME", "COUNTRYOFBIRTHID", "COUNTRYOFBIRTHNAME", "CITYOFBIRTH", "COUNTRYOFCITIZENID",
        "COUNTRYOFCITIZENNAME", "INDIGENOUSSTATUSID", "INDIGENOUSSTATUSNAME", "MAINLANGUAGEID", "MAINLANGUAGENAME",
        "ENGLISHPROFICIENCYID", "ENGLISHASSISTANCEFLAG", "HIGHESTSCHOOLLEVELID", "HIGHESTSCHOOLLEVELYEAR", "CURRENTSCHOOLLEVEL",
        "ATSCHOOLFLAG", "ATSCHOOLNAME", "PRIOREDUCATIONIDS", "PRIOREDUCATIONNAMES", "DISABILITYFLAG", "DISABILITYTYPEIDS",
        "DISABILITYTYPENAMES", "LABOURFORCEID", "LABOURFORCENAME", "EMERGENCYCONTACT", "EMERGENCYCONTACTRELATION",
        "EMERGENCYCONTACTPHONE", "PARENTCONTACTID", "ANZSCOCODE", "ANZSICCODE", "EMPLOYERCONTACTID", "PAYERCONTACTID",
        "SUPERVISORCONTACTID", "COACHCONTACTID", "AGENTCONTACTID", "SACESTUDENTID",
        "EMAILADDRESSALTERNATIVE", "SOURCECODEID", "CONTACTACTIVE", "CONTACTENTRYDATE", "LASTUPDATED", "CATEGORYIDS", "DOMAINIDS",
    ];

    /// <summary>
    /// The documented contact write parameters (<c>POST</c>/<c>PUT /contact</c>), case-insensitive as ColdFusion reads
    /// them, stored under the upper-cased name. <c>website</c>, <c>comment</c> and <c>preferredName</c> are readable but
    /// not documented as writable, so they are not here.
    /// </summary>
    public static readonly HashSet<string> ContactWritable = new(StringComparer.OrdinalIgnoreCase)
    {
        "givenName", "surname", "title", "emailAddress", "ContactActive", "dob", "sex", "middleName", "phone", "mobilephone",
        "workphone", "fax", "organisation", "orgId", "orgIds", "position", "section", "division", "SourceCodeID",
        "HistoricClientID", "USI", "LUI", "TFN", "VSN", "WorkReadyParticipantNumber", "SACEStudentID", "EmergencyContact",
        "EmergencyContactRelation", "EmergencyContactPhone", "ParentContactID", "buildingName", "unitNo", "streetNo",
        "streetName", "POBox", "address1", "address2", "city", "state", "postcode", "countryID", "country", "sbuildingName",
        "sunitNo", "sstreetNo", "sstreetName", "sPOBox", "saddress1", "saddress2", "scity", "sstate", "spostcode", "scountryID",
        "scountry", "termAddress1", "termAddress2", "termCity", "termState", "termPostcode", "termCountryID", "termCountry",
        "CountryofBirthID", "CityofBirth", "CountryofCitizenID", "CitizenStatusID", "ResidencyStatusID", "LabourForceID",
        "MainLanguageID", "EnglishProficiencyID", "EnglishAssistanceFlag", "HighestSchoolLevelID", "HighestSchoolLevelYear",
        "AtSchoolFlag", "AtSchoolName", "PriorEducationStatus", "PriorEducationIDs", "DisabilityFlag", "DisabilityTypeIDs",
        "IndigenousStatusID", "ANZSCOCode", "ANZSICCode", "SurveyContactStatusCode", "EmailAddressAlternative",
        "employerContactID", "payerContactID", "supervisorContactID", "agentContactID", "coachContactID",
        "internationalContactID", "optionalID", "categoryIDs", "domainIDs",
    };

    /// <summary>Parameters a write may carry that are not stored fields (never reported as ignored).</summary>
    public static readonly HashSet<string> ControlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "checkEmailAddressUnique", "contactID", "orgID", "taskID", "detailID", "legacyTask",
    };

    public static readonly HashSet<string> ContactNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONTACTID", "SOURCECODEID", "CITIZENSTATUSID", "COUNTRYOFBIRTHID", "COUNTRYOFCITIZENID", "INDIGENOUSSTATUSID",
        "MAINLANGUAGEID", "ENGLISHPROFICIENCYID", "HIGHESTSCHOOLLEVELID", "LABOURFORCEID", "PARENTCONTACTID",
        "EMPLOYERCONTACTID", "PAYERCONTACTID", "SUPERVISORCONTACTID", "COACHCONTACTID", "AGENTCONTACTID",
    };

    public static readonly HashSet<string> ContactBooleans = new(StringComparer.OrdinalIgnoreCase)
    {
        "USI_VERIFIED", "USI_EXEMPTION", "TFN_RECORDED", "CONTACTACTIVE", "ENGLISHASSISTANCEFLAG", "ATSCHOOLFLAG", "DISABILITYFLAG",
    };

    public static readonly HashSet<string> ContactLists = new(StringComparer.OrdinalIgnoreCase)
    {
        "ORGIDS", "CATEGORYIDS", "DOMAINIDS", "PRIOREDUCATIONIDS", "PRIOREDUCATIONNAMES", "DISABILITYTYPEIDS", "DISABILITYTYPENAMES",
    };

    /// <summary>Fields that <c>q</c>/<c>search</c> on <c>/contacts/search</c> looks in.</summary>
    public static readonly string[] ContactQuickSearch = ["GIVENNAME", "PREFERREDNAME", "MIDDLENAME", "SURNAME", "EMAILADDRESS", "MOBILEPHONE"];

    public static readonly HashSet<string> States = new(StringComparer.OrdinalIgnoreCase) { "NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT", "OTH", "OVS" };

    public static readonly string[] OrganisationOutput =
    [
        "ORGID", "ORGOPTIONALID", "NAME", "LEGALNAME", "ABN", "ANZSIC", "ORGANISATIONNOTES", "ORGNAMEACCOUNTING",
        "PURCHASEORDERREQUIRED", "SCHOOLTYPEID", "BOOKING_NOTES", "FINANCESYSTEMCARDID", "NWDF_ORGSIZEBRACKET", "BANNER",
        "HIERACHYROOT", "HIERACHYPATH", "HIERACHYDEPTH", "PARENTORGID", "PAYERCONTACTID", "EMPLOYERCONTACTID",
    ];

    public static readonly HashSet<string> OrganisationWritable = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "legalName", "orgOptionalID", "parentOrgID", "employerContactID", "payerContactID", "ABN", "orgNameAccounting",
        "organisationNotes", "purchaseOrderRequired", "schoolTypeID", "categoryIDs", "keyContactIDs", "active",
    };

    public static readonly HashSet<string> OrganisationNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ORGID", "HIERACHYROOT", "HIERACHYDEPTH", "PARENTORGID", "PAYERCONTACTID", "EMPLOYERCONTACTID", "PURCHASEORDERREQUIRED",
    };

    public static readonly string[] DetailOutput =
    [
        "DETAILID", "ORGID", "TYPE", "PHONE", "FAX", "EMAILADDRESS", "WEBSITE", "ADDRESS1", "ADDRESS2", "CITY", "STATE",
        "POSTCODE", "COUNTRY", "ADDRESSLINE1", "ADDRESSLINE2",
    ];

    public static readonly HashSet<string> DetailWritable = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "address1", "address2", "phone", "fax", "emailAddress", "city", "state", "postCode", "country",
    };

    public static readonly string[] TaskOutput =
    [
        "TASKID", "NAME", "DETAILS", "DUEDATE", "CREATIONDATE", "COMPLETEDDATE", "REMINDERDATE", "STATUS", "STATUSDISPLAYNAME",
        "PRIORITY", "CATEGORY", "CATEGORYID", "OWNERID", "OWNER", "REQUESTERID", "REQUESTER", "PDATAID", "PROGRAMCODEID",
        "REMINDERSCHEDULEID", "REMINDERAUTOTASKID",
    ];

    public static readonly string[] MarketingTaskOutput =
    [
        "MARKETINGCONTACTID", "FORECASTVALUE", "FORECASTPROBABILITY", "OPPORTUNITYSTATUS", "MARKETINGNOTESID", "DIPLOMAID",
        "CLASSID", "ENROLID", "ISQUOTETASK", "MARKETINGLEARNINGACTIVITYID",
    ];

    public static readonly HashSet<string> TaskWritable = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "details", "dueDate", "ownerID", "status", "priority", "completedDate", "categoryID", "reminderDate", "PDataID",
        "ProgramCodeID", "classID", "diplomaID", "marketingLearningActivityID", "marketingContactID", "OpportunityStatus",
        "ForecastValue", "ForecastProbability", "ForecastDistribution_Month", "ForecastDistribution_Value", "type", "instanceID", "ID",
    };

    public static readonly HashSet<string> TaskNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "TASKID", "STATUS", "PRIORITY", "CATEGORYID", "OWNERID", "REQUESTERID", "PDATAID", "PROGRAMCODEID", "MARKETINGCONTACTID",
        "FORECASTVALUE", "FORECASTPROBABILITY", "DIPLOMAID", "CLASSID", "MARKETINGLEARNINGACTIVITYID", "MARKETINGNOTESID",
        "REMINDERSCHEDULEID", "REMINDERAUTOTASKID", "ENROLID",
    };

    public static readonly (int Id, string Name)[] TaskStatuses = [(1, "Not Started"), (2, "Commenced"), (3, "Pending"), (4, "Completed")];

    public static readonly (int Id, string Name)[] TaskPriorities = [(1, "Low"), (2, "Normal"), (3, "High"), (4, "Urgent")];

    public static readonly (int Id, string Name)[] TaskCategories = [(534, "Sales"), (4984, "Marketing"), (4985, "Enquiry")];

    /// <summary>Opportunity statuses in the order demo deal stage indexes (0..6) use.</summary>
    public static readonly (int Id, string Name)[] OpportunityStatuses =
    [
        (1, "Qualified Lead"), (2, "Prospect"), (3, "Pending"), (4, "Scheduled"), (5, "Won"), (6, "Lost"), (7, "Abandoned"),
    ];
}
