using System.Net;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Tests.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Mapping;

public class FieldMappingServiceTests
{
    // The real AddHubSpotIntegration + in-memory store, only the primary HTTP handler replaced. Adding the integration
    // again must be harmless.
    private static (StubHost Host, IFieldMappingService Service) Create(StubHandler http, string? axcelerateTimeZone = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:BaseUrl"] = "https://hubspot.test",
            ["HubSpotIntegration:HubSpot:AccessToken"] = "pat-na1-test-token",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "https://college.app.axcelerate.com/api",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "axc-api-token",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "axc-ws-token",
            ["HubSpotIntegration:Axcelerate:TimeZone"] = axcelerateTimeZone ?? "Australia/Sydney",
        }).Build();
        http.Fallback = _ => StubHandler.Json("""{"status":"error","message":"Not found","category":"OBJECT_NOT_FOUND"}""", HttpStatusCode.NotFound);
        var host = StubHost.Create(
            services =>
            {
                var builder = services.AddHubSpotIntegration(configuration).UseInMemoryStore();
                services.AddHubSpotIntegration(configuration);
                return builder;
            },
            StubbedClients.Both,
            http,
            fakeClock: false);
        return (host, host.Get<IFieldMappingService>());
    }

    [Fact]
    public async Task Plans_use_the_aXcelerate_account_time_zone_by_default()
    {
        var (host, service) = Create(Http(), axcelerateTimeZone: "Australia/Perth");
        using var _ = host;

        var plan = await service.GetPlanAsync(MappedEntity.Contact);

        plan.TimeZone.Id.Should().Be("Australia/Perth");
    }

    private static StubHandler Http() => new StubHandler()
        .OnJson(HttpMethod.Get, "/crm/properties/2026-03/contacts/age", """{"name":"age","label":"Age","type":"number","fieldType":"number","calculated":false,"hubspotDefined":false,"options":[]}""")
        .OnJson(HttpMethod.Get, "/crm/properties/2026-03/contacts/hs_lead_score", """{"name":"hs_lead_score","label":"Score","type":"number","fieldType":"calculation_equation","calculated":true,"hubspotDefined":true,"options":[]}""")
        .OnJson(HttpMethod.Get, "/crm/properties/2026-03/contacts/hs_email_domain", """{"name":"hs_email_domain","label":"Email Domain","type":"string","fieldType":"text","calculated":false,"hubspotDefined":true,"options":[],"modificationMetadata":{"archivable":false,"readOnlyDefinition":true,"readOnlyValue":true}}""")
        .OnJson(HttpMethod.Get, "/crm/properties/2026-03/contacts/department", """{"name":"department","label":"Department","type":"enumeration","fieldType":"select","calculated":false,"hubspotDefined":false,"options":[{"label":"Finance","value":"finance","displayOrder":0,"hidden":false}]}""")
        .OnJson(HttpMethod.Get, "/crm/properties/2026-03/contacts/firstname", """{"name":"firstname","label":"First name","type":"string","fieldType":"text","calculated":false,"hubspotDefined":true,"options":[]}""")
        .OnJson(HttpMethod.Get, "/crm/properties/2026-03/companies/name", """{"name":"name","label":"Name","type":"string","fieldType":"text","calculated":false,"hubspotDefined":true,"options":[]}""")
        .OnJson(HttpMethod.Get, "/api/customFields", """[{"LINKTO":"contact","OPTIONS":"Finance,Marketing","VARIABLENAME":"department","ID":18760,"ACTIVE":true,"TYPE":"select","LABEL":"Department"}]""");

    [Fact]
    public async Task Seeds_defaults_on_first_use()
    {
        var (host, service) = Create(Http());
        using var _ = host;

        var mappings = await service.ListAsync(MappedEntity.Organisation);

        mappings.Should().BeEquivalentTo(DefaultFieldMappings.For(MappedEntity.Organisation));
    }

    [Fact]
    public async Task Adds_a_contact_custom_field_mapping_that_fits_both_definitions()
    {
        var http = Http();
        var (host, service) = Create(http);
        using var _ = host;

        await service.AddAsync(new FieldMapping(MappedEntity.Contact, "department", "department", FieldType.SingleSelect) { IsCustomField = true });

        (await service.ListAsync(MappedEntity.Contact)).Should().Contain(m => m.HubSpotProperty == "department" && m.IsCustomField);
        http.Count(HttpMethod.Get, "/api/customFields").Should().Be(1);
    }

    [Fact]
    public async Task Refuses_a_mismatched_type_naming_field_types_and_what_fits()
    {
        var (host, service) = Create(Http());
        using var _ = host;

        var act = async () => await service.AddAsync(new FieldMapping(MappedEntity.Contact, "dob", "age", FieldType.Date));

        (await act.Should().ThrowAsync<FieldMappingException>()).WithMessage("*'dob'*'age'*Date*number/number*would fit: Number*");
        (await service.ListAsync(MappedEntity.Contact)).Should().NotContain(m => m.HubSpotProperty == "age");
    }

    [Fact]
    public async Task Refuses_a_calculated_hubspot_target()
    {
        var (host, service) = Create(Http());
        using var _ = host;

        var act = async () => await service.AddAsync(new FieldMapping(MappedEntity.Contact, "HighestSchoolLevelYear", "hs_lead_score", FieldType.Number));

        await act.Should().ThrowAsync<FieldMappingException>().WithMessage("*'hs_lead_score' is calculated*");
    }

    [Fact]
    public async Task Refuses_a_hubspot_property_whose_values_are_read_only()
    {
        var (host, service) = Create(Http());
        using var _ = host;

        var act = async () => await service.AddAsync(new FieldMapping(MappedEntity.Contact, "LUI", "hs_email_domain", FieldType.Text));

        await act.Should().ThrowAsync<FieldMappingException>().WithMessage("*hs_email_domain*read-only*");
    }

    [Fact]
    public async Task Refuses_adding_or_deleting_organisation_mappings_but_allows_deactivating_and_retyping()
    {
        var (host, service) = Create(Http());
        using var _ = host;

        var add = async () => await service.AddAsync(new FieldMapping(MappedEntity.Organisation, "legalName", "name", FieldType.Text));
        var delete = async () => await service.DeleteAsync(MappedEntity.Organisation, "name", "name");
        await add.Should().ThrowAsync<FieldMappingException>().WithMessage("*predefined set*");
        await delete.Should().ThrowAsync<FieldMappingException>().WithMessage("*predefined set*");

        await service.SetActiveAsync(MappedEntity.Organisation, "detail.phone", "phone", false);
        var plan = await service.GetPlanAsync(MappedEntity.Organisation);
        plan.Fields.Should().NotContain(m => m.HubSpotProperty == "phone");
        plan.TimeZone.Id.Should().Be("Australia/Sydney");

        var retyped = await service.RetypeAsync(MappedEntity.Organisation, "name", "name", FieldType.Text);
        retyped.Type.Should().Be(FieldType.Text);
    }

    [Fact]
    public async Task Deletes_a_contact_mapping_so_defaults_do_not_return()
    {
        var (host, service) = Create(Http());
        using var _ = host;

        await service.DeleteAsync(MappedEntity.Contact, "givenName", "firstname");

        (await service.ListAsync(MappedEntity.Contact)).Should().NotContain(m => m.HubSpotProperty == "firstname");
        (await service.GetPlanAsync(MappedEntity.Contact)).ToAxcelerate("h", new Dictionary<string, string?> { ["firstname"] = "X" }).Values.Should().BeEmpty();
    }
}
