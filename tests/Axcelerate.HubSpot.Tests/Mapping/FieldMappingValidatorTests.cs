using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Tests.Mapping;

public class FieldMappingValidatorTests
{
    private static FieldMapping Contact(string ax, string hs, FieldType type, bool custom = false) =>
        new(MappedEntity.Contact, ax, hs, type) { IsCustomField = custom };

    [Fact]
    public void Accepts_a_mapping_whose_types_fit_both_sides()
    {
        FieldMappingValidator.Validate(Contact("department", "department", FieldType.SingleSelect, custom: true),
            new HubSpotPropertyDescriptor("department", "enumeration", "select"), new AxcelerateCustomFieldDescriptor("department", "select"))
            .Should().BeEmpty();
    }

    [Fact]
    public void Refuses_mismatched_hubspot_type_naming_field_both_types_and_what_fits()
    {
        var problems = FieldMappingValidator.Validate(Contact("dob", "age", FieldType.Date), new HubSpotPropertyDescriptor("age", "number", "number"), null);

        problems.Should().ContainSingle().Which.Should().Be(
            "Field 'dob' ↔ 'age': field type Date does not fit HubSpot type number/number; would fit: Number.");
    }

    [Fact]
    public void Refuses_mismatched_axcelerate_custom_field_type()
    {
        var problems = FieldMappingValidator.Validate(Contact("colours", "colours", FieldType.SingleSelect, custom: true),
            new HubSpotPropertyDescriptor("colours", "enumeration", "select"), new AxcelerateCustomFieldDescriptor("colours", "select-multi"));

        problems.Should().ContainSingle().Which.Should().Contain("'colours'").And.Contain("SingleSelect").And.Contain("select-multi").And.Contain("would fit: MultiSelect");
    }

    [Theory]
    [InlineData(true, false, "calculated")]
    [InlineData(false, true, "read-only")]
    public void Refuses_calculated_and_read_only_hubspot_targets(bool calculated, bool readOnly, string word)
    {
        var property = new HubSpotPropertyDescriptor("hs_score", "number", "number") { IsCalculated = calculated, IsReadOnlyValue = readOnly };

        FieldMappingValidator.Validate(Contact("score", "hs_score", FieldType.Number, custom: true), property, new("score", "number"))
            .Should().ContainSingle().Which.Should().Contain("'hs_score'").And.Contain(word);
        FieldMappingValidator.Validate(Contact("score", "hs_score", FieldType.Number, custom: true) with { Rule = SyncRule.HubSpotOnly }, property, new("score", "number"))
            .Should().BeEmpty("a HubSpot-only mapping only reads the property");
    }

    [Fact]
    public void Refuses_missing_properties_and_custom_fields()
    {
        var problems = FieldMappingValidator.Validate(Contact("nope", "nope_hs", FieldType.Text, custom: true), null, null);

        problems.Should().Equal("HubSpot has no Contact property named 'nope_hs'.", "aXcelerate has no Contact custom field named 'nope'.");
    }
}
