using Axcelerate.HubSpot.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Tests.Matching;

public class MatchRuleTests
{
    [Fact]
    public void Email_matches_exactly_ignoring_case_and_surrounding_space()
    {
        var result = new EmailMatchRule().Match(new("h1", " Joe.Bloggs@Example.com "),
            [new("1", "joe.bloggs@example.com"), new("2", "joebloggs@example.com"), new("3", "joe.bloggs+x@example.com")]);

        result.Outcome.Should().Be(MatchOutcome.Unique);
        result.Match!.Id.Should().Be("1");
    }

    [Fact]
    public void Email_shared_by_two_contacts_is_ambiguous_and_never_links()
    {
        var result = new EmailMatchRule().Match(new("h1", "a@b.com"), [new("1", "A@B.com"), new("2", "a@b.com "), new("3", "c@b.com")]);

        result.Outcome.Should().Be(MatchOutcome.Ambiguous);
        result.Match.Should().BeNull();
        result.Candidates.Select(c => c.Id).Should().Equal("1", "2");
    }

    [Fact]
    public void Blank_email_matches_nothing_even_blank_candidates()
    {
        new EmailMatchRule().Match(new("h1", "  "), [new("1", null), new("2", "")]).Outcome.Should().Be(MatchOutcome.None);
    }

    [Theory]
    [InlineData("Acme Pty Ltd", "ACME  PTY. LTD.", true)]
    [InlineData("Smith & Jones", "smith and jones", true)]
    [InlineData("Café Training, Inc", "cafe training inc", true)]
    [InlineData("Acme Pty Ltd", "Acme", false)]
    [InlineData("Acme", "Acme Holdings", false)]
    public void Organisation_names_match_after_normalisation(string record, string candidate, bool matches)
    {
        var result = new OrganisationNameMatchRule().Match(new("c1", record), [new("9", candidate)]);

        result.Outcome.Should().Be(matches ? MatchOutcome.Unique : MatchOutcome.None);
    }

    [Fact]
    public void Task_names_match_exactly_and_case_sensitively()
    {
        var rule = new TaskNameMatchRule();

        rule.Match(new("d1", "Diploma enquiry"), [new("1", "Diploma enquiry "), new("2", "diploma enquiry"), new("3", "Diploma enquiry 2")])
            .Candidates.Select(c => c.Id).Should().Equal("1");
    }

    [Fact]
    public void Registers_default_rules_that_a_host_can_replace()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IMatchRule<ContactMatchCandidate>, UsiRule>();
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        services.AddHubSpotIntegration(o => o.HubSpot.AccessToken = "pat-test");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IMatchRule<ContactMatchCandidate>>().Should().BeOfType<UsiRule>();
        provider.GetRequiredService<IMatchRule<OrganisationMatchCandidate>>().Should().BeOfType<OrganisationNameMatchRule>();
        provider.GetServices<IMatchRule<TaskMatchCandidate>>().Should().ContainSingle().Which.Should().BeOfType<TaskNameMatchRule>();
    }

    private sealed class UsiRule : KeyMatchRule<ContactMatchCandidate>
    {
        protected override string? NormalizedKey(ContactMatchCandidate item) => item.Fields?.GetValueOrDefault("USI");
    }
}
