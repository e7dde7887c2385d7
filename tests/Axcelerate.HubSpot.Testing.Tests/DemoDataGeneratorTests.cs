using Axcelerate.HubSpot.Testing.DemoData;

namespace Axcelerate.HubSpot.Testing.Tests;

public sealed class DemoDataGeneratorTests
{
    [Fact]
    public void The_same_options_give_the_same_data()
    {
        var first = DemoDataGenerator.Generate(new DemoDataOptions { Seed = 7 });
        var second = DemoDataGenerator.Generate(new DemoDataOptions { Seed = 7 });
        var other = DemoDataGenerator.Generate(new DemoDataOptions { Seed = 8 });

        second.HubSpotContacts.Select(c => c.Email).Should().Equal(first.HubSpotContacts.Select(c => c.Email));
        second.AxcelerateContacts.Select(c => c.Email).Should().Equal(first.AxcelerateContacts.Select(c => c.Email));
        other.HubSpotContacts.Select(c => c.Email).Should().NotEqual(first.HubSpotContacts.Select(c => c.Email));
    }

    [Fact]
    public void Counts_and_overlaps_follow_the_options()
    {
        var options = new DemoDataOptions
        {
            HubSpotContacts = 100, AxcelerateContacts = 80, OverlapShare = 0.5, AxcelerateDuplicateEmails = 3,
            HubSpotOwners = 4, AxcelerateUsers = 4, HubSpotCompanies = 20, AxcelerateOrganisations = 10,
        };

        var data = DemoDataGenerator.Generate(options);

        data.HubSpotContacts.Should().HaveCount(100);
        data.AxcelerateContacts.Should().HaveCount(83);
        var hubSpotEmails = data.HubSpotContacts.Select(c => c.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        data.AxcelerateContacts.Select(c => c.Email).Distinct(StringComparer.OrdinalIgnoreCase)
            .Count(hubSpotEmails.Contains).Should().Be(40);
        data.AxcelerateContacts.GroupBy(c => c.Email, StringComparer.OrdinalIgnoreCase).Count(g => g.Count() > 1).Should().BeGreaterThan(0);
        data.HubSpotContacts.Select(c => c.Email).Should().OnlyHaveUniqueItems();

        var ownerEmails = data.HubSpotOwners.Select(o => o.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        data.AxcelerateUsers.Count(u => ownerEmails.Contains(u.Email)).Should().Be(3, "the last owner has no aXcelerate user, to show the Web Service fallback");

        var companyNames = data.HubSpotCompanies.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        data.AxcelerateOrganisations.Count(o => companyNames.Contains(o.Name)).Should().Be(5);
    }

    [Fact]
    public void People_look_Australian()
    {
        var data = DemoDataGenerator.Generate(new DemoDataOptions());

        data.HubSpotContacts.Should().AllSatisfy(person =>
        {
            person.Mobile.Should().MatchRegex(@"^04\d\d \d{3} \d{3}$");
            person.Address.State.Should().BeOneOf("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT");
            person.Address.Postcode.Should().MatchRegex(@"^\d{4}$");
            person.Email.Should().Contain("@");
        });
    }
}
