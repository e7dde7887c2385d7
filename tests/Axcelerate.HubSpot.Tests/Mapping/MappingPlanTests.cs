using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Tests.Mapping;

public class MappingPlanTests
{
    private static readonly TimeZoneInfo Sydney = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    private static Dictionary<string, string?> AxContact() => new()
    {
        ["CONTACTID"] = "708861",
        ["GIVENNAME"] = "Joe",
        ["SURNAME"] = "Bloggs",
        ["EMAILADDRESS"] = "Joe.Bloggs@FakeEmail.com.au",
        ["PHONE"] = "(07) 9876 5432",
        ["MOBILEPHONE"] = null,
        ["STATE"] = "QLD",
        ["CUSTOMFIELD_DEPARTMENT"] = "Finance",
    };

    [Fact]
    public void Maps_default_contact_fields_from_upper_case_axcelerate_keys()
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, DefaultFieldMappings.For(MappedEntity.Contact), Sydney);

        var result = plan.ToHubSpot("708861", AxContact());

        result.Errors.Should().BeEmpty();
        result.Values.Should().Equal(new Dictionary<string, string>
        {
            ["firstname"] = "Joe",
            ["lastname"] = "Bloggs",
            ["email"] = "joe.bloggs@fakeemail.com.au",
            ["phone"] = "0798765432",
            ["mobilephone"] = "",
            ["state"] = "QLD",
        });
    }

    [Fact]
    public void Maps_custom_fields_both_ways_with_their_axcelerate_read_and_write_names()
    {
        var custom = new FieldMapping(MappedEntity.Contact, "department", "department", FieldType.SingleSelect) { IsCustomField = true };
        var plan = MappingPlan.Compile(MappedEntity.Contact, [custom], Sydney);

        plan.ToHubSpot("1", AxContact()).Values.Should().Equal(new Dictionary<string, string> { ["department"] = "Finance" });
        plan.ToAxcelerate("1", new Dictionary<string, string?> { ["department"] = "Marketing" }).Values
            .Should().Equal(new Dictionary<string, string> { ["customField_department"] = "Marketing" });
    }

    [Fact]
    public void Leaves_deactivated_and_deleted_mappings_untouched_in_both_directions()
    {
        var mappings = DefaultFieldMappings.For(MappedEntity.Contact)
            .Where(m => m.HubSpotProperty != "lastname") // deleted
            .Select(m => m.HubSpotProperty == "firstname" ? m with { IsActive = false } : m)
            .ToList();
        var plan = MappingPlan.Compile(MappedEntity.Contact, mappings, Sydney);

        plan.ToHubSpot("1", AxContact()).Values.Keys.Should().NotContain(["firstname", "lastname"]);
        var toAx = plan.ToAxcelerate("h1", new Dictionary<string, string?> { ["firstname"] = "X", ["lastname"] = "Y", ["email"] = "x@y.com" });
        toAx.Values.Should().Equal(new Dictionary<string, string> { ["emailAddress"] = "x@y.com" });
        plan.Fields.Should().NotContain(m => m.HubSpotProperty == "firstname" || m.HubSpotProperty == "lastname");
    }

    [Fact]
    public void Absent_fields_are_left_alone_and_blank_fields_clear_the_target()
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, DefaultFieldMappings.For(MappedEntity.Contact), Sydney);

        var result = plan.ToAxcelerate("h1", new Dictionary<string, string?> { ["firstname"] = null });

        result.Values.Should().Equal(new Dictionary<string, string> { ["givenName"] = "" });
    }

    [Fact]
    public void Keeps_converting_other_fields_when_one_value_is_invalid()
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, DefaultFieldMappings.For(MappedEntity.Contact), Sydney);

        var result = plan.ToAxcelerate("h9", new Dictionary<string, string?> { ["email"] = "broken", ["state"] = "Victoria", ["firstname"] = "Ann" });

        result.Values.Should().Equal(new Dictionary<string, string> { ["state"] = "VIC", ["givenName"] = "Ann" });
        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { RecordId = "h9", HubSpotProperty = "email", Value = "broken", ExpectedType = FieldType.Email });
    }

    [Fact]
    public void Omits_values_that_equal_the_current_target_after_normalisation()
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, DefaultFieldMappings.For(MappedEntity.Contact), Sydney);
        var current = new Dictionary<string, string?> { ["phone"] = "07 9876 5432", ["email"] = "joe.bloggs@fakeemail.com.au", ["firstname"] = "Jo" };

        var result = plan.ToHubSpot("1", AxContact(), current);

        result.Values.Should().ContainKey("firstname").And.NotContainKeys("phone", "email");
    }

    [Theory]
    [InlineData(SyncRule.AxcelerateOnly, "Ax", "Hs", true, false)]
    [InlineData(SyncRule.HubSpotOnly, "Ax", "Hs", false, true)]
    [InlineData(SyncRule.PreferAxcelerateUnlessBlank, "Ax", "Hs", true, false)]
    [InlineData(SyncRule.PreferAxcelerateUnlessBlank, "", "Hs", false, true)]
    [InlineData(SyncRule.PreferHubSpotUnlessBlank, "Ax", "Hs", false, true)]
    [InlineData(SyncRule.PreferHubSpotUnlessBlank, "Ax", "", true, false)]
    public void One_way_mapping_honours_the_sync_rule(SyncRule rule, string ax, string hs, bool writesHubSpot, bool writesAxcelerate)
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, [new FieldMapping(MappedEntity.Contact, "givenName", "firstname", FieldType.Text) { Rule = rule }], Sydney);
        var axRecord = new Dictionary<string, string?> { ["GIVENNAME"] = ax };
        var hsRecord = new Dictionary<string, string?> { ["firstname"] = hs };

        plan.ToHubSpot("1", axRecord, hsRecord).Values.ContainsKey("firstname").Should().Be(writesHubSpot);
        plan.ToAxcelerate("1", hsRecord, axRecord).Values.ContainsKey("givenName").Should().Be(writesAxcelerate);
    }

    [Theory]
    [InlineData(SyncRule.TwoWay, 10, 20, "Hs")] // HubSpot changed later
    [InlineData(SyncRule.TwoWay, 20, 10, "Ax")]
    [InlineData(SyncRule.TwoWay, 10, 10, "Ax")] // tie: aXcelerate wins
    [InlineData(SyncRule.AxcelerateOnly, 10, 20, "Ax")]
    [InlineData(SyncRule.HubSpotOnly, 20, 10, "Hs")]
    [InlineData(SyncRule.PreferAxcelerateUnlessBlank, 10, 20, "Ax")]
    [InlineData(SyncRule.PreferHubSpotUnlessBlank, 20, 10, "Hs")]
    public void Reconcile_picks_the_winning_side_by_rule_then_latest_change(SyncRule rule, int axMinute, int hsMinute, string winner)
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, [new FieldMapping(MappedEntity.Contact, "givenName", "firstname", FieldType.Text) { Rule = rule }], Sydney);
        var start = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        var (toHubSpot, toAxcelerate) = plan.Reconcile("1",
            new Dictionary<string, string?> { ["GIVENNAME"] = "Ax" },
            new Dictionary<string, string?> { ["firstname"] = "Hs" },
            start.AddMinutes(axMinute), start.AddMinutes(hsMinute));

        if (winner == "Ax")
        {
            toHubSpot.Values.Should().Equal(new Dictionary<string, string> { ["firstname"] = "Ax" });
            toAxcelerate.Values.Should().BeEmpty();
        }
        else
        {
            toAxcelerate.Values.Should().Equal(new Dictionary<string, string> { ["givenName"] = "Hs" });
            toHubSpot.Values.Should().BeEmpty();
        }
    }

    [Fact]
    public void Reconcile_with_a_blank_preferred_side_takes_the_other_value()
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, [new FieldMapping(MappedEntity.Contact, "givenName", "firstname", FieldType.Text) { Rule = SyncRule.PreferAxcelerateUnlessBlank }], Sydney);

        var (toHubSpot, toAxcelerate) = plan.Reconcile("1", new Dictionary<string, string?> { ["GIVENNAME"] = null }, new Dictionary<string, string?> { ["firstname"] = "Hs" }, null, null);

        toAxcelerate.Values.Should().Equal(new Dictionary<string, string> { ["givenName"] = "Hs" });
        toHubSpot.Values.Should().BeEmpty();
    }

    [Fact]
    public void Organisations_ignore_contact_sync_rules()
    {
        var mapping = new FieldMapping(MappedEntity.Organisation, "name", "name", FieldType.Text) { Rule = SyncRule.AxcelerateOnly };
        var plan = MappingPlan.Compile(MappedEntity.Organisation, [mapping], Sydney);

        plan.ToAxcelerate("c1", new Dictionary<string, string?> { ["name"] = "Acme" }).Values.Should().ContainKey("name");
    }

    [Fact]
    public void Refuses_two_active_mappings_to_the_same_hubspot_property()
    {
        var act = () => MappingPlan.Compile(MappedEntity.Contact,
            [new FieldMapping(MappedEntity.Contact, "phone", "phone", FieldType.Phone), new FieldMapping(MappedEntity.Contact, "workphone", "phone", FieldType.Phone)],
            Sydney);

        act.Should().Throw<ArgumentException>().WithMessage("*HubSpot property 'phone'*phone ↔ phone*workphone ↔ phone*");
    }

    [Fact]
    public void Accepts_case_insensitive_axcelerate_names_in_any_dictionary()
    {
        var plan = MappingPlan.Compile(MappedEntity.Contact, DefaultFieldMappings.For(MappedEntity.Contact), Sydney);

        plan.ToHubSpot("1", new SortedDictionary<string, string?> { ["GivenName"] = "Joe" }).Values.Should().ContainKey("firstname");
        plan.ToHubSpot("1", new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["givenname"] = "Joe" }).Values.Should().ContainKey("firstname");
    }
}
