using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Tests.Mapping;

public class FieldConversionTests
{
    private static readonly TimeZoneInfo Sydney = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    private static MappingResult ToHubSpot(FieldType type, string? value) =>
        MappingPlan.Compile(MappedEntity.Contact, [new FieldMapping(MappedEntity.Contact, "f", "p", type)], Sydney)
            .ToHubSpot("1", new Dictionary<string, string?> { ["F"] = value });

    private static MappingResult ToAxcelerate(FieldType type, string? value) =>
        MappingPlan.Compile(MappedEntity.Contact, [new FieldMapping(MappedEntity.Contact, "f", "p", type)], Sydney)
            .ToAxcelerate("1", new Dictionary<string, string?> { ["p"] = value });

    [Theory]
    [InlineData(FieldType.Text, "Joe Bloggs", "Joe Bloggs")]
    [InlineData(FieldType.Number, "1234.50", "1234.5")]
    [InlineData(FieldType.Number, "100", "100")]
    [InlineData(FieldType.Date, "1986-05-02", "1986-05-02")]
    [InlineData(FieldType.Date, "2015-07-15 00:00", "2015-07-15")]
    [InlineData(FieldType.Boolean, "1", "true")]
    [InlineData(FieldType.Boolean, "no", "false")]
    [InlineData(FieldType.Boolean, "TRUE", "true")]
    [InlineData(FieldType.SingleSelect, " Finance ", "Finance")]
    [InlineData(FieldType.MultiSelect, "Red,Blue,Red", "Blue;Red")]
    [InlineData(FieldType.MultiSelect, "['A,B','C']", "A,B;C")]
    [InlineData(FieldType.Phone, "(07) 9876 5432", "0798765432")]
    [InlineData(FieldType.Phone, "+61 7 3215-8888", "+61732158888")]
    [InlineData(FieldType.Email, "  Joe.Bloggs@FakeEmail.com.au ", "joe.bloggs@fakeemail.com.au")]
    [InlineData(FieldType.AustralianState, "QLD", "QLD")]
    [InlineData(FieldType.Text, null, "")]
    public void Converts_axcelerate_values_for_hubspot_when_valid(FieldType type, string? input, string expected)
    {
        var result = ToHubSpot(type, input);

        result.Errors.Should().BeEmpty();
        result.Values.Should().Equal(new Dictionary<string, string> { ["p"] = expected });
    }

    [Theory]
    [InlineData(FieldType.Text, "Joe", "Joe")]
    [InlineData(FieldType.Number, "2.5e3", "2500")]
    [InlineData(FieldType.Date, "2026-04-05", "2026-04-05")]
    [InlineData(FieldType.Date, "1775347200000", "2026-04-05")] // midnight UTC epoch ms is the date itself
    [InlineData(FieldType.Date, "2026-04-04T14:30:00Z", "2026-04-05")] // a moment: Sydney's local date (AEDT, +11)
    [InlineData(FieldType.Boolean, "false", "false")]
    [InlineData(FieldType.MultiSelect, "b;a;;a", "a,b")]
    [InlineData(FieldType.MultiSelect, "A,B;C", "['A,B','C']")]
    [InlineData(FieldType.Email, "A@B.COM", "a@b.com")]
    [InlineData(FieldType.AustralianState, "New South Wales", "NSW")]
    [InlineData(FieldType.AustralianState, "n.s.w.", "NSW")]
    [InlineData(FieldType.AustralianState, "australian capital territory", "ACT")]
    public void Converts_hubspot_values_for_axcelerate_when_valid(FieldType type, string input, string expected)
    {
        var result = ToAxcelerate(type, input);

        result.Errors.Should().BeEmpty();
        result.Values.Should().Equal(new Dictionary<string, string> { ["f"] = expected });
    }

    [Theory]
    [InlineData("2026-01-15 09:00", "2026-01-14T22:00:00.000Z")] // AEDT +11
    [InlineData("2026-07-15 09:00", "2026-07-14T23:00:00.000Z")] // AEST +10
    [InlineData("2026-04-05 01:59", "2026-04-04T14:59:00.000Z")] // last minute of daylight time
    [InlineData("2026-04-05 02:30", "2026-04-04T15:30:00.000Z")] // repeated hour: first occurrence (+11)
    [InlineData("2026-04-05 03:00", "2026-04-04T17:00:00.000Z")] // after clocks went back (+10)
    [InlineData("2026-10-04 03:00", "2026-10-03T16:00:00.000Z")] // after clocks went forward (+11)
    public void Converts_local_axcelerate_datetimes_to_utc_across_sydney_daylight_saving(string local, string utc)
    {
        var result = ToHubSpot(FieldType.DateTime, local);

        result.Errors.Should().BeEmpty();
        result.Values["p"].Should().Be(utc);
    }

    [Theory]
    [InlineData("2026-04-04T15:30:00Z", "2026-04-05 02:30")] // still AEDT
    [InlineData("2026-04-04T16:30:00Z", "2026-04-05 02:30")] // AEST: the repeated hour
    [InlineData("1791043200000", "2026-10-04 03:00")] // 2026-10-03T16:00Z, just after clocks went forward
    [InlineData("2026-07-14T23:00:00.000Z", "2026-07-15 09:00")]
    public void Converts_hubspot_instants_to_sydney_local_time(string instant, string local)
    {
        var result = ToAxcelerate(FieldType.DateTime, instant);

        result.Errors.Should().BeEmpty();
        result.Values["f"].Should().Be(local);
    }

    [Fact]
    public void Reports_a_local_time_skipped_by_daylight_saving_instead_of_guessing()
    {
        var result = ToHubSpot(FieldType.DateTime, "2026-10-04 02:30");

        result.Values.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Reason.Should().Contain("does not exist in Australia/Sydney");
    }

    [Theory]
    [InlineData(FieldType.Number, "1,234.5", "number")]
    [InlineData(FieldType.Number, "abc", "number")]
    [InlineData(FieldType.Date, "05/04/2026", "date")]
    [InlineData(FieldType.DateTime, "tomorrow", "date-time")]
    [InlineData(FieldType.Boolean, "maybe", "true/false")]
    [InlineData(FieldType.Phone, "call me", "phone")]
    [InlineData(FieldType.Phone, "12", "at least 3 digits")]
    [InlineData(FieldType.Email, "not-an-email", "email")]
    [InlineData(FieldType.Email, "a@b", "email")]
    [InlineData(FieldType.MultiSelect, "x;y,z", "';'")]
    public void Reports_invalid_axcelerate_values_with_field_value_and_type(FieldType type, string input, string reasonPart)
    {
        var result = ToHubSpot(type, input);

        result.Values.Should().BeEmpty();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { RecordId = "1", AxcelerateField = "f", HubSpotProperty = "p", Value = input, ExpectedType = type, Direction = ConversionDirection.ToHubSpot });
        error.Reason.Should().Contain(reasonPart);
        error.Message.Should().Contain("'f'").And.Contain("'p'").And.Contain(input).And.Contain(type.ToString());
    }

    [Theory]
    [InlineData(FieldType.AustralianState, "California")]
    [InlineData(FieldType.Date, "next week")]
    [InlineData(FieldType.DateTime, "99999999999999999999")]
    [InlineData(FieldType.Number, "12 apples")]
    public void Reports_invalid_hubspot_values(FieldType type, string input)
    {
        var result = ToAxcelerate(type, input);

        result.Values.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Direction.Should().Be(ConversionDirection.ToAxcelerate);
    }

    [Fact]
    public void State_error_lists_the_codes_axcelerate_accepts()
    {
        ToAxcelerate(FieldType.AustralianState, "Overseas").Errors.Single().Reason
            .Should().Contain("NSW, VIC, QLD, SA, WA, TAS, NT, ACT, OTH");
    }
}
