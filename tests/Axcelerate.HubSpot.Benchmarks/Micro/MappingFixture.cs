using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// The contact the <c>mapping</c> scenario maps: the 12 default contact mappings plus 13 custom fields, 25 in all,
/// covering every <see cref="FieldType"/>, with the values each side sends (aXcelerate's upper-case read keys, HubSpot's
/// property names and epoch-millisecond dates), viewed as the case-insensitive dictionaries <c>RecordFields</c> builds.
/// </summary>
public static class MappingFixture
{
    /// <summary>The number of mapped fields.</summary>
    public const int FieldCount = 25;

    /// <summary>The account's time zone.</summary>
    public static TimeZoneInfo Sydney { get; } = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    /// <summary>The 25 active contact mappings.</summary>
    public static IReadOnlyList<FieldMapping> Mappings { get; } =
    [
        .. DefaultFieldMappings.For(MappedEntity.Contact),
        Custom("studentNumber", "student_number", FieldType.Number),
        Custom("fees", "fees_owing", FieldType.Number),
        Custom("dateOfBirth", "date_of_birth", FieldType.Date),
        Custom("enrolledOn", "enrolled_on", FieldType.Date),
        Custom("lastLogin", "last_login", FieldType.DateTime),
        Custom("nextSession", "next_session", FieldType.DateTime),
        Custom("consent", "marketing_consent", FieldType.Boolean),
        Custom("international", "is_international", FieldType.Boolean),
        Custom("campus", "campus", FieldType.SingleSelect),
        Custom("studyMode", "study_mode", FieldType.SingleSelect),
        Custom("interests", "interests", FieldType.MultiSelect),
        Custom("languages", "languages", FieldType.MultiSelect),
        Custom("notes", "notes", FieldType.Text),
    ];

    /// <summary>A new compiled plan of <see cref="Mappings"/>.</summary>
    public static MappingPlan Plan() => MappingPlan.Compile(MappedEntity.Contact, Mappings, Sydney);

    /// <summary>The contact as read from aXcelerate.</summary>
    public static Dictionary<string, string?> Axcelerate() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["CONTACTID"] = "708861",
        ["GIVENNAME"] = "Joe",
        ["SURNAME"] = "Bloggs",
        ["EMAILADDRESS"] = "Joe.Bloggs@FakeEmail.com.au",
        ["MOBILEPHONE"] = "0412 345 678",
        ["PHONE"] = "(07) 9876 5432",
        ["ADDRESS1"] = "12 Example Street",
        ["CITY"] = "Brisbane",
        ["STATE"] = "Queensland",
        ["POSTCODE"] = "4000",
        ["COUNTRY"] = "Australia",
        ["ORGANISATION"] = "Example Training Pty Ltd",
        ["POSITION"] = "Finance Manager",
        ["CUSTOMFIELD_STUDENTNUMBER"] = "20260412",
        ["CUSTOMFIELD_FEES"] = "1234.50",
        ["CUSTOMFIELD_DATEOFBIRTH"] = "1990-04-05",
        ["CUSTOMFIELD_ENROLLEDON"] = "2026-02-01",
        ["CUSTOMFIELD_LASTLOGIN"] = "2026-04-05 14:30",
        ["CUSTOMFIELD_NEXTSESSION"] = "2026-05-12 09:00",
        ["CUSTOMFIELD_CONSENT"] = "1",
        ["CUSTOMFIELD_INTERNATIONAL"] = "no",
        ["CUSTOMFIELD_CAMPUS"] = "Brisbane CBD",
        ["CUSTOMFIELD_STUDYMODE"] = "Part time",
        ["CUSTOMFIELD_INTERESTS"] = "Finance,Leadership,Data",
        ["CUSTOMFIELD_LANGUAGES"] = "English,Mandarin",
        ["CUSTOMFIELD_NOTES"] = "Prefers evening sessions; employer pays the fees.",
    };

    /// <summary>The contact as read from HubSpot.</summary>
    public static Dictionary<string, string?> HubSpot() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["hs_object_id"] = "51",
        ["firstname"] = "Joe",
        ["lastname"] = "Bloggs",
        ["email"] = "joe.bloggs@fakeemail.com.au",
        ["mobilephone"] = "+61 412 345 678",
        ["phone"] = "07 9876 5432",
        ["address"] = "12 Example Street",
        ["city"] = "Brisbane",
        ["state"] = "QLD",
        ["zip"] = "4000",
        ["country"] = "Australia",
        ["company"] = "Example Training Pty Ltd",
        ["jobtitle"] = "Finance Manager",
        ["student_number"] = "20260412",
        ["fees_owing"] = "1234.5",
        ["date_of_birth"] = "639273600000",
        ["enrolled_on"] = "2026-02-01",
        ["last_login"] = "1775363400000",
        ["next_session"] = "2026-05-11T23:00:00.000Z",
        ["marketing_consent"] = "true",
        ["is_international"] = "false",
        ["campus"] = "Brisbane CBD",
        ["study_mode"] = "Part time",
        ["interests"] = "Data;Finance;Leadership",
        ["languages"] = "English;Mandarin",
        ["notes"] = "Prefers evening sessions; employer pays the fees.",
    };

    private static FieldMapping Custom(string axcelerate, string hubSpot, FieldType type) =>
        new(MappedEntity.Contact, axcelerate, hubSpot, type) { IsCustomField = true };
}
