using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Records;

namespace Axcelerate.HubSpot.Tests.Records;

/// <summary>
/// Records read from the sandboxes over real HTTP, viewed, mapped with the default mappings through a real
/// <see cref="MappingPlan"/>, written back through the write models, and read again.
/// </summary>
public sealed class RecordViewsTests
{
    private static readonly TimeZoneInfo Brisbane = TimeZoneInfo.FindSystemTimeZoneById("Australia/Brisbane");

    private static MappingPlan Plan(MappedEntity entity) => MappingPlan.Compile(entity, DefaultFieldMappings.For(entity), Brisbane);

    [Fact]
    public async Task A_contact_travels_to_HubSpot_and_back_to_a_new_aXcelerate_contact_unchanged()
    {
        await using var host = await SandboxHost.StartAsync();
        var plan = Plan(MappedEntity.Contact);
        var created = await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite
        {
            GivenName = "Ada", Surname = "Lovelace", EmailAddress = "ada@example.org", MobilePhone = "0412345678",
            City = "Brisbane", State = "QLD", Postcode = "4000", Position = "Analyst", Organisation = "Engines Pty Ltd",
        });
        var original = (await host.Axcelerate.Contacts.GetAsync(created.ContactId))!;
        var originalView = RecordFields.From(original);

        var toHubSpot = plan.ToHubSpot(original.ContactId.ToString(System.Globalization.CultureInfo.InvariantCulture), originalView);
        var hubSpotContact = await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = RecordWrites.ToHubSpotProperties(toHubSpot) });
        var readBack = (await host.HubSpot.Contacts.GetAsync(hubSpotContact.Id, new HubSpotGetOptions { Properties = plan.Fields.Select(f => f.HubSpotProperty).ToList() }))!;
        var hubSpotView = RecordFields.From(readBack);
        var toAxcelerate = plan.ToAxcelerate(readBack.Id, hubSpotView);
        var copy = await host.Axcelerate.Contacts.CreateAsync(RecordWrites.ToContactWrite(toAxcelerate));
        var copyView = RecordFields.From((await host.Axcelerate.Contacts.GetAsync(copy.ContactId))!);

        toHubSpot.HasErrors.Should().BeFalse();
        hubSpotView["email"].Should().Be("ada@example.org");
        hubSpotView["mobilephone"].Should().Be("0412345678");
        hubSpotView["state"].Should().Be("QLD");
        foreach (var field in plan.Fields.Where(f => !string.IsNullOrEmpty(originalView.GetValueOrDefault(f.AxcelerateReadKey))))
        {
            copyView.GetValueOrDefault(field.AxcelerateReadKey).Should().Be(originalView[field.AxcelerateReadKey], field.AxcelerateField);
        }

        plan.ToAxcelerate(readBack.Id, hubSpotView, currentAxcelerate: originalView).Values.Should().BeEmpty("nothing changed on the way");
    }

    [Fact]
    public async Task An_organisation_and_its_first_detail_record_travel_to_HubSpot_and_back()
    {
        await using var host = await SandboxHost.StartAsync();
        var plan = Plan(MappedEntity.Organisation);
        var organisationId = await host.Axcelerate.Organisations.CreateAsync(new AxcelerateOrganisationWrite { Name = "Acme Training Pty Ltd" });
        await host.Axcelerate.Organisations.CreateDetailAsync(organisationId, new AxcelerateOrganisationDetailWrite
        {
            Type = AxcelerateOrganisationDetailWrite.StreetAddress, Address1 = "1 Queen St", City = "Brisbane", State = "QLD", Postcode = "4000", Phone = "07 3000 1234",
        });
        var original = (await host.Axcelerate.Organisations.GetAsync(organisationId))!;
        var originalView = RecordFields.From(original);

        var toHubSpot = plan.ToHubSpot(organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), originalView);
        var properties = RecordWrites.ToHubSpotProperties(toHubSpot);
        var (organisation, detail) = RecordWrites.ToOrganisationWrites(plan.ToAxcelerate("company-1", properties!));

        originalView["detail.city"].Should().Be("Brisbane");
        properties.Should().Contain(new Dictionary<string, string?> { ["name"] = "Acme Training Pty Ltd", ["address"] = "1 Queen St", ["city"] = "Brisbane", ["state"] = "QLD", ["zip"] = "4000" });
        organisation.Name.Should().Be("Acme Training Pty Ltd");
        detail.Should().NotBeNull();
        detail!.Should().BeEquivalentTo(new { Address1 = "1 Queen St", City = "Brisbane", State = "QLD", Postcode = "4000" });
        plan.ToAxcelerate("company-1", properties!, currentAxcelerate: originalView).Values.Should().BeEmpty("nothing changed on the way");
    }

    [Fact]
    public async Task An_opportunity_travels_to_a_deal_and_back_to_a_new_user_task_unchanged()
    {
        await using var host = await SandboxHost.StartAsync();
        var plan = Plan(MappedEntity.Opportunity);
        var contact = await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Ada", Surname = "Lovelace" });
        var taskId = await host.Axcelerate.Tasks.CreateAsync(new AxcelerateTaskWrite
        {
            Name = "Diploma of Project Management", MarketingContactId = contact.ContactId, DueDate = new DateOnly(2026, 6, 30),
            ForecastValue = 4500.5m, OpportunityStatus = "Prospect",
        });
        var originalView = RecordFields.From((await host.Axcelerate.Tasks.GetAsync(taskId))!);

        var deal = RecordWrites.ToHubSpotProperties(plan.ToHubSpot($"{taskId}", originalView));
        var write = RecordWrites.ToTaskWrite(plan.ToAxcelerate("deal-1", deal));
        write.MarketingContactId = contact.ContactId;
        var copyView = RecordFields.From((await host.Axcelerate.Tasks.GetAsync(await host.Axcelerate.Tasks.CreateAsync(write)))!);

        deal.Should().Contain(new Dictionary<string, string?> { ["dealname"] = "Diploma of Project Management", ["closedate"] = "2026-06-30", ["dealstage"] = "Prospect" });
        foreach (var field in plan.Fields.Where(f => !string.IsNullOrEmpty(originalView.GetValueOrDefault(f.AxcelerateReadKey))))
        {
            copyView.GetValueOrDefault(field.AxcelerateReadKey).Should().Be(originalView[field.AxcelerateReadKey], field.AxcelerateField);
        }
    }

    [Fact]
    public void A_deal_becomes_a_typed_user_task_write()
    {
        var plan = Plan(MappedEntity.Opportunity);
        var deal = new Dictionary<string, string?>
        {
            ["dealname"] = "Diploma of Project Management",
            ["amount"] = "4500.50",
            ["closedate"] = "2026-06-30",
            ["dealstage"] = "Qualified",
            ["hubspot_owner_id"] = "77",
        };

        var write = RecordWrites.ToTaskWrite(plan.ToAxcelerate("deal-1", deal));

        write.Should().BeEquivalentTo(new
        {
            Name = "Diploma of Project Management",
            ForecastValue = (decimal?)4500.50m,
            DueDate = (DateOnly?)new DateOnly(2026, 6, 30),
            OpportunityStatus = "Qualified",
            OwnerId = (long?)77,
            AdditionalParameters = (IReadOnlyDictionary<string, string?>?)null,
        });
    }

    [Fact]
    public void Custom_fields_and_cleared_values_go_where_aXcelerate_expects_them()
    {
        var plan = MappingPlan.Compile(
            MappedEntity.Contact,
            [.. DefaultFieldMappings.For(MappedEntity.Contact), new FieldMapping(MappedEntity.Contact, "favouriteColour", "favourite_colour", FieldType.Text) { IsCustomField = true }],
            Brisbane);
        var hubSpot = new Dictionary<string, string?> { ["favourite_colour"] = "teal", ["jobtitle"] = "", ["firstname"] = "Ada" };
        var axcelerate = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["CUSTOMFIELD_FAVOURITECOLOUR"] = "red", ["POSITION"] = "Analyst", ["GIVENNAME"] = "Ada" };

        var write = RecordWrites.ToContactWrite(plan.ToAxcelerate("c-1", hubSpot, axcelerate));
        var view = plan.ToHubSpot("c-1", axcelerate);

        write.CustomFields.Should().Equal(new Dictionary<string, string?> { ["favouriteColour"] = "teal" });
        write.Position.Should().Be(string.Empty, "an empty value clears the field");
        write.GivenName.Should().BeNull("unchanged values are not written");
        view.Values.Should().Contain("favourite_colour", "red");
    }

    [Fact]
    public void Refuses_values_meant_for_the_other_system()
    {
        var result = Plan(MappedEntity.Contact).ToHubSpot("c-1", new Dictionary<string, string?> { ["GIVENNAME"] = "Ada" });

        var write = () => RecordWrites.ToContactWrite(result);

        write.Should().Throw<ArgumentException>().WithMessage("*for HubSpot, not aXcelerate*");
    }
}
