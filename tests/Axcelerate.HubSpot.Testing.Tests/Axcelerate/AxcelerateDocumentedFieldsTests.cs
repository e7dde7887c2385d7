using System.Globalization;
using System.Text.Json;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Testing;
using static Axcelerate.HubSpot.Testing.Tests.Axcelerate.AxcelerateHttp;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

/// <summary>
/// Every field of the official docs' sample responses is on the sandbox's records, so any standard field an
/// administrator maps can be tested. The key lists are the docs' sample response keys, per endpoint.
/// </summary>
public sealed class AxcelerateDocumentedFieldsTests
{
    private static readonly string[] ContactSample =
    [
        "CONTACTID", "GIVENNAME", "SURNAME", "EMAILADDRESS", "SEX", "DOB", "USI", "USI_VERIFIED", "USI_EXEMPTION", "TITLE",
        "MIDDLENAME", "PREFERREDNAME", "LUI", "TFN_RECORDED", "OPTIONALID", "POSITION", "SECTION", "DIVISION", "ORGANISATION",
        "ORGID", "ORGIDS", "ADDRESS1", "ADDRESS2", "CITY", "STATE", "POSTCODE", "COUNTRY", "SADDRESS1", "SADDRESS2", "SCITY",
        "SSTATE", "SPOSTCODE", "SCOUNTRY", "PHONE", "MOBILEPHONE", "WORKPHONE", "FAX", "COMMENT", "WEBSITE", "CITIZENSTATUSID",
        "CITIZENSTATUSNAME", "COUNTRYOFBIRTHID", "COUNTRYOFBIRTHNAME", "CITYOFBIRTH", "COUNTRYOFCITIZENID", "COUNTRYOFCITIZENNAME",
        "INDIGENOUSSTATUSID", "INDIGENOUSSTATUSNAME", "MAINLANGUAGEID", "MAINLANGUAGENAME", "ENGLISHPROFICIENCYID",
        "ENGLISHASSISTANCEFLAG", "HIGHESTSCHOOLLEVELID", "HIGHESTSCHOOLLEVELYEAR", "CURRENTSCHOOLLEVEL", "ATSCHOOLFLAG",
        "ATSCHOOLNAME", "PRIOREDUCATIONIDS", "PRIOREDUCATIONNAMES", "DISABILITYFLAG", "DISABILITYTYPEIDS", "DISABILITYTYPENAMES",
        "LABOURFORCEID", "LABOURFORCENAME", "EMERGENCYCONTACT", "EMERGENCYCONTACTRELATION", "EMERGENCYCONTACTPHONE",
        "PARENTCONTACTID", "ANZSCOCODE", "ANZSICCODE", "EMPLOYERCONTACTID", "PAYERCONTACTID", "SUPERVISORCONTACTID",
        "COACHCONTACTID", "AGENTCONTACTID", "SACESTUDENTID", "CUSTOMFIELD_MYFIELD", "CUSTOMFIELD_MYMULTIFIELD", "CATEGORYIDS",
        "DOMAINIDS",
    ];

    // The contacts/search sample is the GET sample without ORGID, ORGIDS, PARENTCONTACTID, SACESTUDENTID and DOMAINIDS.
    private static readonly string[] ContactSearchSample =
        ContactSample.Except(["ORGID", "ORGIDS", "PARENTCONTACTID", "SACESTUDENTID", "DOMAINIDS"]).ToArray();

    private static readonly string[] OrganisationSample =
    [
        "HIERACHYDEPTH", "HIERACHYPATH", "NWDF_ORGSIZEBRACKET", "BANNER", "ORGNAMEACCOUNTING", "PURCHASEORDERREQUIRED",
        "SCHOOLTYPEID", "BOOKING_NOTES", "LEGALNAME", "FINANCESYSTEMCARDID", "HIERACHYROOT", "PAYERCONTACTID", "NAME", "ORGID",
        "PARENT", "ORGOPTIONALID", "EMPLOYERCONTACTID", "ABN", "ANZSIC", "PARENTORGID", "ORGANISATIONNOTES", "DETAILS",
        "CATEGORIES", "CUSTOMFIELD_MYFIRSTFIELD", "CUSTOMFIELD_MYMULTISELECT",
    ];

    private static readonly string[] OrganisationSearchSample =
    [
        "ROWID", "ORGID", "ORGOPTIONALID", "NAME", "LEGALNAME", "ANZSIC", "ORGANISATIONNOTES", "HIERACHYROOT", "HIERACHYPATH",
        "HIERACHYDEPTH", "SCHOOLTYPEID", "BOOKING_NOTES", "FINANCESYSTEMCARDID", "ORGNAMEACCOUNTING", "ABN",
        "PURCHASEORDERREQUIRED", "NWDF_ORGSIZEBRACKET", "BANNER", "COUNT", "DETAILS", "PARENT", "PARENTORGID", "PAYERCONTACTID",
        "EMPLOYERCONTACTID",
    ];

    private static readonly string[] DetailSample =
    [
        "DETAILID", "ORGID", "TYPE", "PHONE", "FAX", "EMAILADDRESS", "WEBSITE", "ADDRESS1", "ADDRESS2", "CITY", "STATE", "POSTCODE",
        "COUNTRY", "ADDRESSLINE1", "ADDRESSLINE2",
    ];

    private static readonly string[] TaskSample =
    [
        "REMINDERSCHEDULEID", "DUEDATE", "REMINDERAUTOTASKID", "STATUSDISPLAYNAME", "PDATAID", "REMINDERDATE", "TASKID",
        "PROGRAMCODEID", "STATUS", "CATEGORY", "CATEGORYID", "PRIORITY", "COMPLETEDDATE", "OWNERID", "REQUESTERID", "NAME",
        "CREATIONDATE", "OWNER", "REQUESTER", "DETAILS",
    ];

    private static readonly string[] MarketingTaskSample =
    [
        .. TaskSample, "MARKETINGCONTACTID", "FORECASTDISTRIBUTION", "FORECASTVALUE", "MARKETINGNOTESID", "DIPLOMAID",
        "OPPORTUNITYSTATUS", "MARKETINGLEARNINGACTIVITYID", "CLASSID", "ISQUOTETASK", "MARKETINGLASTCONTACTNOTE", "ENROLID",
        "FORECASTPROBABILITY",
    ];

    private static readonly string[] TaskSearchSample =
    [
        "DUEDATE", "CATEGORY", "CATEGORYID", "STATUS", "SUCCESS", "PRIORITY", "COMPLETEDDATE", "OWNERID", "REQUESTERID", "NAME", "ID",
        "OWNER", "REQUESTER", "STATUS_CODE", "TYPE",
    ];

    private static readonly string[] FollowUpsSample =
    [
        "ROWID", "LEGACYTASK", "MTASKID", "CONTACTID", "FOLLOWUPDATE", "WHOSETASK_CONTACTID", "WHOSETASK_GIVENNAME",
        "WHOSETASK_SURNAME", "FORECASTVALUE", "FORECASTPROBABILITY", "OPPORTUNITY", "OPPORTUNITYSTATUS", "COLOR", "CONTACT_NAME",
        "ORGID", "ORGANISATION", "EMAILADDRESS", "WORKPHONE", "WHOSETASK_ORDER", "COUNT",
    ];

    private static readonly string[] NotesSample =
    [
        "ROWID", "ID", "TEXT", "TYPE", "DATEINSERTED", "DATEUPDATED", "ADDEDBY", "UPDATEDBY", "ADDEDBYCONTACTID", "UPDATEDBYCONTACTID",
        "ATTACHMENTS", "COUNT",
    ];

    private static readonly string[] UserSample =
    [
        "ROLETYPEID", "USERID", "DOMAINID", "CONTACTID", "CONTACT_NAME", "PARTNERORGANISATIONID", "PENDINGLOGININVITE", "ROLEID",
        "ROLENAME", "ACTIVE", "USERNAME",
    ];

    private static readonly string[] UsersSample = [.. UserSample, "FIRSTLOGINDATE"];

    // The documented write parameters the default mappings may use, per entity (docs: POST /contact/, /organisation/,
    // /organisation/{id}/detail/, /task/).
    private static readonly string[] ContactWriteParameters =
    [
        "givenName", "surname", "title", "emailAddress", "dob", "sex", "middleName", "phone", "mobilephone", "workphone", "fax",
        "organisation", "orgId", "position", "section", "division", "address1", "address2", "city", "state", "postcode", "country",
        "saddress1", "saddress2", "scity", "sstate", "spostcode", "scountry", "USI", "optionalID", "EmailAddressAlternative",
    ];

    private static readonly string[] OrganisationWriteParameters =
    [
        "name", "legalName", "orgOptionalID", "ABN", "organisationNotes", "detail.phone", "detail.fax", "detail.emailAddress",
        "detail.address1", "detail.address2", "detail.city", "detail.state", "detail.postCode", "detail.country",
    ];

    private static readonly string[] TaskWriteParameters =
        ["name", "details", "dueDate", "ownerID", "status", "priority", "OpportunityStatus", "ForecastValue", "ForecastProbability"];

    [Fact]
    public async Task Every_endpoint_returns_every_field_of_its_documented_sample()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        var ax = sandbox.Axcelerate;
        ax.AddCustomField("contact", "myField", "My field", "text");
        ax.AddCustomField("contact", "myMultiField", "My multi field", "select-multi", "Test Value 1,Test Value 2");
        ax.AddCustomField("organisation", "myFirstField", "My first field", "text");
        ax.AddCustomField("organisation", "myMultiSelect", "My multi select", "select-multi", "A,B");
        var contact = ax.AddContact("Joe", "Bloggs", "joe@example.com");
        var organisation = ax.AddOrganisation("VM Learning");
        var task = ax.AddTask("Check trainer availability", new Dictionary<string, string?> { ["OWNERID"] = Id(ax.WebServiceContactId) });
        var opportunity = ax.AddTask("Test task with marketing details", new Dictionary<string, string?>
        {
            ["MARKETINGCONTACTID"] = Id(contact.Id), ["OPPORTUNITYSTATUS"] = "Pending", ["OWNERID"] = Id(ax.WebServiceContactId),
        });
        using var http = Client(sandbox);
        using (var note = await http.PostAsync(new Uri("contact/note/", UriKind.Relative), Form(("contactID", Id(contact.Id)), ("contactNote", "Called"))))
        {
            await OkJsonAsync(note);
        }

        long detailId;
        using (var detail = await http.PostAsync(new Uri($"organisation/{organisation.Id}/detail/", UriKind.Relative), Form(("type", "Street Address"), ("address1", "1 Testing Ave"))))
        {
            detailId = (await OkJsonAsync(detail)).GetProperty("DETAILID").GetInt64();
        }

        await ShouldCarryAsync(http, $"contact/{contact.Id}", ContactSample);
        await ShouldCarryAsync(http, $"contacts/search?contactID={contact.Id}", ContactSearchSample);
        await ShouldCarryAsync(http, $"organisation/{organisation.Id}", OrganisationSample);
        await ShouldCarryAsync(http, "organisations/?name=VM", OrganisationSearchSample);
        await ShouldCarryAsync(http, $"organisation/{organisation.Id}/detail/{detailId}", DetailSample);
        await ShouldCarryAsync(http, $"task/{task.Id}", TaskSample);
        await ShouldCarryAsync(http, $"task/{opportunity.Id}", MarketingTaskSample);
        await ShouldCarryAsync(http, "tasks?name=Check%20trainer%20availability", TaskSearchSample);
        await ShouldCarryAsync(http, $"followUps/?contactID={contact.Id}", FollowUpsSample);
        await ShouldCarryAsync(http, $"contact/notes/{contact.Id}", NotesSample);
        await ShouldCarryAsync(http, $"user/{ax.Users[0].Id}", UserSample);

        using var users = await http.PostAsync(new Uri("users", UriKind.Relative), Form(("isActive", "2")));
        KeysOf(await OkJsonAsync(users)).Should().Contain(UsersSample);
    }

    [Fact]
    public void Default_mappings_use_only_documented_write_parameters()
    {
        DefaultFieldMappings.For(MappedEntity.Contact).Select(m => m.AxcelerateField).Should().BeSubsetOf(ContactWriteParameters);
        DefaultFieldMappings.For(MappedEntity.Organisation).Select(m => m.AxcelerateField).Should().BeSubsetOf(OrganisationWriteParameters);
        DefaultFieldMappings.For(MappedEntity.Opportunity).Select(m => m.AxcelerateField).Should().BeSubsetOf(TaskWriteParameters);
    }

    [Theory]
    [InlineData("['A,B','C']")]
    [InlineData("[\"A,B\",\"C\"]")]
    [InlineData("A%2CB,C")]
    public async Task Multi_value_custom_fields_accept_both_documented_encodings(string written)
    {
        await using var sandbox = await IntegrationSandbox.StartAsync();
        sandbox.Axcelerate.AddCustomField("contact", "myMultiField", "My multi field", "select-multi", "A,C");
        using var http = Client(sandbox);

        using var created = await http.PostAsync(new Uri("contact/", UriKind.Relative), Form(("givenName", "Jim"), ("surname", "Morrison"), ("customField_myMultiField", written)));
        var contactId = (await OkJsonAsync(created)).GetProperty("CONTACTID").GetInt32();
        using var read = await http.GetAsync(new Uri($"contact/{contactId}", UriKind.Relative));

        (await OkJsonAsync(read)).GetProperty("CUSTOMFIELD_MYMULTIFIELD").EnumerateArray().Select(v => v.GetString()).Should().Equal("A,B", "C");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task ShouldCarryAsync(HttpClient http, string path, string[] documented)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        KeysOf(await OkJsonAsync(response)).Should().Contain(documented, $"GET {path} must carry every field of the docs' sample");
    }

    private static HashSet<string> KeysOf(JsonElement body)
    {
        var record = body.ValueKind == JsonValueKind.Array ? body[0] : body;
        return record.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }
}
