using System.Globalization;
using Axcelerate.HubSpot.Testing.DemoData;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// Fills the account in a fixed order so ids are deterministic: the Web Service user (contact 10001, user 501), the
/// custom field definitions, organisations (from 20001), users (each a contact too), contacts and opportunities (from 40001).
/// </summary>
internal static class AxcelerateSeeder
{
    public static void Seed(AxcelerateStore store, DemoDataSet? demoData)
    {
        var webService = store.AddContact(new Dictionary<string, string?>
        {
            ["GIVENNAME"] = "Web", ["SURNAME"] = "Service", ["EMAILADDRESS"] = "webservice@demo-rto.edu.au", ["POSITION"] = "API",
        });
        store.WebServiceContactId = webService.Id;
        store.AddUser(webService.Id, "webservice", "Web Service", active: true);

        store.AddCustomField("contact", "usi", "Unique Student Identifier", "text", null);
        store.AddCustomField("contact", "preferredCampus", "Preferred Campus", "select", "Sydney CBD,Melbourne,Brisbane,Online");
        store.AddCustomField("contact", "courseInterest", "Course of Interest", "text", null);
        store.AddCustomField("organisation", "industry", "Industry", "text", null);
        store.AddCustomField("contact", "studyModes", "Study Modes", "select-multi", "Online,On campus,Blended");

        if (demoData is null)
        {
            return;
        }

        var organisationIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var organisation in demoData.AxcelerateOrganisations)
        {
            var created = store.AddOrganisation(new Dictionary<string, string?> { ["NAME"] = organisation.Name, ["LEGALNAME"] = organisation.Name });
            organisationIds.TryAdd(organisation.Name, created.Id);
            store.AddDetail(created.Id, new Dictionary<string, string?>
            {
                ["TYPE"] = "Street Address", ["PHONE"] = organisation.Phone, ["WEBSITE"] = "www." + organisation.Domain,
                ["EMAILADDRESS"] = "info@" + organisation.Domain, ["ADDRESS1"] = organisation.Address.Street,
                ["CITY"] = organisation.Address.Suburb.ToUpperInvariant(), ["STATE"] = organisation.Address.State,
                ["POSTCODE"] = organisation.Address.Postcode, ["COUNTRY"] = "Australia",
            });
        }

        var userContactIds = new List<int>();
        foreach (var user in demoData.AxcelerateUsers)
        {
            var contact = store.AddContact(PersonFields(user, organisationIds));
            userContactIds.Add(contact.Id);
            store.AddUser(contact.Id, $"{user.GivenName}.{user.FamilyName}".ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal), "Training Consultant", active: true);
        }

        var contactIds = demoData.AxcelerateContacts.Select(person => store.AddContact(PersonFields(person, organisationIds)).Id).ToList();

        foreach (var deal in demoData.AxcelerateOpportunities)
        {
            var status = AxcelerateFields.OpportunityStatuses[Math.Clamp(deal.StageIndex, 0, AxcelerateFields.OpportunityStatuses.Length - 1)];
            var closed = status.Name is "Won" or "Lost" or "Abandoned";
            var owner = userContactIds.Count == 0 ? store.WebServiceContactId : userContactIds[Math.Min(deal.OwnerIndex, userContactIds.Count - 1)];
            var ownerContact = store.GetContact(owner)!;
            store.AddTask(new Dictionary<string, string?>
            {
                ["NAME"] = deal.Name,
                ["DUEDATE"] = deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00",
                ["STATUS"] = closed ? "4" : "1",
                ["STATUSDISPLAYNAME"] = closed ? "Completed" : "Not Started",
                ["COMPLETEDDATE"] = closed ? deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00" : null,
                ["CATEGORYID"] = "534",
                ["CATEGORY"] = "Sales",
                ["OWNERID"] = AxcelerateStore.Text(owner),
                ["OWNER"] = $"{ownerContact["GIVENNAME"]} {ownerContact["SURNAME"]}",
                ["MARKETINGCONTACTID"] = contactIds.Count == 0 ? null : AxcelerateStore.Text(contactIds[Math.Min(deal.ContactIndex, contactIds.Count - 1)]),
                ["OPPORTUNITYSTATUS"] = status.Name,
                ["FORECASTVALUE"] = deal.Amount.ToString(CultureInfo.InvariantCulture),
                ["FORECASTPROBABILITY"] = status.Name switch { "Won" => "100", "Lost" or "Abandoned" => "0", _ => AxcelerateStore.Text(20 + (deal.StageIndex * 15)) },
            });
        }
    }

    private static Dictionary<string, string?> PersonFields(DemoPerson person, Dictionary<string, int> organisationIds)
    {
        var fields = new Dictionary<string, string?>
        {
            ["GIVENNAME"] = person.GivenName, ["SURNAME"] = person.FamilyName, ["EMAILADDRESS"] = person.Email,
            ["MOBILEPHONE"] = person.Mobile, ["WORKPHONE"] = person.WorkPhone, ["POSITION"] = person.Position,
            ["DOB"] = person.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ADDRESS1"] = person.Address.Street, ["CITY"] = person.Address.Suburb.ToUpperInvariant(), ["STATE"] = person.Address.State,
            ["POSTCODE"] = person.Address.Postcode, ["COUNTRY"] = "Australia",
            ["ORGANISATION"] = person.OrganisationName.Length == 0 ? null : person.OrganisationName,
        };
        if (organisationIds.TryGetValue(person.OrganisationName, out var orgId))
        {
            fields["ORGID"] = AxcelerateStore.Text(orgId);
            fields["ORGIDS"] = AxcelerateStore.Text(orgId);
        }

        foreach (var (name, value) in person.CustomFields)
        {
            fields["CUSTOMFIELD_" + name.ToUpperInvariant()] = value;
        }

        if (person.CustomFields.TryGetValue("usi", out var usi))
        {
            fields["USI"] = usi;
        }

        return fields;
    }
}
