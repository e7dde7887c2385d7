using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Tests.Mapping;

public class DefaultFieldMappingsTests
{
    [Theory]
    [InlineData(MappedEntity.Contact, "emailAddress", "email", FieldType.Email)]
    [InlineData(MappedEntity.Contact, "state", "state", FieldType.AustralianState)]
    [InlineData(MappedEntity.Contact, "position", "jobtitle", FieldType.Text)]
    [InlineData(MappedEntity.Organisation, "name", "name", FieldType.Text)]
    [InlineData(MappedEntity.Organisation, "detail.phone", "phone", FieldType.Phone)]
    [InlineData(MappedEntity.Opportunity, "ForecastValue", "amount", FieldType.Number)]
    [InlineData(MappedEntity.Opportunity, "dueDate", "closedate", FieldType.Date)]
    [InlineData(MappedEntity.Opportunity, "ownerID", "hubspot_owner_id", FieldType.SingleSelect)]
    public void Ships_the_expected_default_mapping(MappedEntity entity, string ax, string hs, FieldType type)
    {
        DefaultFieldMappings.For(entity).Should().ContainSingle(m => m.AxcelerateField == ax && m.HubSpotProperty == hs)
            .Which.Should().BeEquivalentTo(new { Entity = entity, Type = type, IsActive = true, IsCustomField = false });
    }

    [Theory]
    [InlineData(MappedEntity.Contact)]
    [InlineData(MappedEntity.Organisation)]
    [InlineData(MappedEntity.Opportunity)]
    public void Defaults_compile_without_duplicate_targets(MappedEntity entity)
    {
        MappingPlan.Compile(entity, DefaultFieldMappings.For(entity), TimeZoneInfo.Utc).Fields.Should().HaveCount(DefaultFieldMappings.For(entity).Count);
    }

    [Fact]
    public void Default_opportunity_maps_an_axcelerate_task_to_deal_properties()
    {
        var plan = MappingPlan.Compile(MappedEntity.Opportunity, DefaultFieldMappings.For(MappedEntity.Opportunity), TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney"));

        var result = plan.ToHubSpot("2725", new Dictionary<string, string?> { ["NAME"] = "Test task", ["FORECASTVALUE"] = "100", ["DUEDATE"] = "2015-07-15 00:00", ["OPPORTUNITYSTATUS"] = "Pending" });

        result.Values.Should().Equal(new Dictionary<string, string> { ["dealname"] = "Test task", ["amount"] = "100", ["closedate"] = "2015-07-15", ["dealstage"] = "Pending" });
    }
}
