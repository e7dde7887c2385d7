using Axcelerate.HubSpot.Sample;
using Axcelerate.HubSpot.Sample.Screens;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Tests;

public sealed class SampleDemoRunTests
{
    [Fact]
    public async Task The_default_run_links_owners_refuses_the_mismatch_maps_stages_imports_the_demo_data_and_syncs_both_ways()
    {
        // An empty configuration: the default run, whatever the machine's environment variables say.
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var io = new SampleIo(console, output, errors) { Configuration = new ConfigurationBuilder().Build() };

        var exitCode = await SampleApp.RunAsync([], io);

        exitCode.Should().Be(0, errors.ToString());
        errors.ToString().Should().BeEmpty();
        var summary = io.Summary!;
        summary.Should().NotBeNull();
        var text = output.ToString();
        summary.OwnersLinked.Should().BeGreaterThan(0);
        summary.OwnersOnFallback.Should().Be(1, "the demo data leaves the last owner without a matching aXcelerate user");
        text.Should().Contain("Web Service user (contact 10001) - fallback");
        summary.MappingsChecked.Should().BeGreaterThan(0);
        summary.MappingProblems.Should().Be(0);
        summary.MismatchRefusal.Should().Contain("hs_email_domain").And.Contain("Date");
        // The console wraps long reasons (hs_email_domain is now also refused as calculated), so compare words, not line breaks.
        string Words(string value) => System.Text.RegularExpressions.Regex.Replace(value, @"\s+", " ");
        Words(text).Should().Contain("refused").And.Contain(Words(summary.MismatchRefusal!));
        summary.StageCount.Should().BeGreaterThan(0);
        summary.StagesMapped.Should().Be(summary.StageCount);

        // Step 5: every demo record imported (120 contacts, 30 companies, 40 deals), none failed; the demo data's
        // duplicate aXcelerate emails make exactly one HubSpot contact ambiguous, reported with its candidates.
        summary.Imports.Select(i => i.Entity).Should().Equal("contacts", "companies", "deals");
        var contacts = summary.Imports[0];
        var companies = summary.Imports[1];
        var deals = summary.Imports[2];
        (contacts.Total, companies.Total, deals.Total).Should().Be((120, 30, 40));
        foreach (var import in summary.Imports)
        {
            import.Created.Should().BeGreaterThan(0, import.Entity);
            import.Linked.Should().BeGreaterThan(0, $"half the demo {import.Entity} exist on both sides");
            import.Failed.Should().Be(0, string.Join("; ", import.Problems));
            (import.Updated, import.Unchanged, import.Skipped).Should().Be((0, 0, 0), "a first import has nothing linked yet and every demo record has its key");
        }

        contacts.Ambiguous.Should().Be(1);
        var ambiguous = contacts.Problems.Should().ContainSingle().Subject;
        ambiguous.Should().Contain("Ambiguous").And.Contain("aXcelerate contacts match");
        (companies.Ambiguous, deals.Ambiguous).Should().Be((0, 0));
        Words(text).Should().Contain("5. Import outcomes").And.Contain("Ambiguous, failed and skipped records");

        // Step 6: the ambiguous contact's email found in HubSpot and linked by hand; a contact, an organisation and an opportunity exported.
        summary.LinkExport.Should().NotBeNull();
        summary.LinkExport!.ContactLinked.Should().BeOneOf(10039L, 10134L, 10135L);
        new[] { summary.LinkExport.ContactExported, summary.LinkExport.OrganisationExported, summary.LinkExport.OpportunityExported }.Should().NotContainNulls();
        Words(text).Should().Contain("6. Link & export").And.Contain("https://app.hubspot.com/contacts/");
        // Step 8: an imported contact's engagements, its own plus its companies' and deals', HTML bodies as plain text.
        Words(text).Should().MatchRegex(@"8\. Engagements of aXcelerate contact \d+ \(HubSpot contact \d+\), with its companies' and deals'")
            .And.MatchRegex(@"engagement\(s\); from the record itself [1-9]\d*, from companies [1-9]\d*, from deals [1-9]\d*\.")
            .And.NotContain("track(").And.NotContain("<p>");
        // Step 7: through the real signed endpoint, a HubSpot user's edit reached aXcelerate; an aXcelerate edit was pushed
        // to HubSpot and HubSpot's webhook of that write skipped as an echo; the entry aXcelerate refused (423) failed at
        // once and succeeded when reset and re-run.
        var twoWay = summary.TwoWay;
        twoWay.Should().NotBeNull();
        twoWay!.AppliedPosition.Should().Be(TwoWayScreen.JobTitle);
        twoWay.PushedCity.Should().Be(TwoWayScreen.City);
        twoWay.PushedContact.Should().NotBe(twoWay.AppliedContact);
        twoWay.EchoesSkipped.Should().Be(1, "the push changed one HubSpot property");
        twoWay.FailedReason.Should().Contain("423").And.Contain($"/api/contact/{twoWay.AppliedContact}");
        twoWay.RerunStatus.Should().Be(IncomingStatus.Succeeded);
        twoWay.RerunPosition.Should().Be(TwoWayScreen.SecondJobTitle);
        twoWay.Deliveries.Should().HaveCount(3).And.OnlyContain(status => status == 200);
        Words(text).Should().Contain("7. Incoming log").And.Contain("contact.propertyChange (city)").And.Contain("An echo of this integration's own write")
            .And.Contain("7. Outgoing log").And.Contain("contact.push")
            .And.Contain($"two-way: HubSpot→aXcelerate contact {twoWay.AppliedContact} applied, aXcelerate→HubSpot contact {twoWay.PushedContact} pushed, 1 echo(es) skipped, failed entry {twoWay.RerunEntry} re-run Succeeded.");
        text.Should().NotContain("sandbox-hubspot-token").And.NotContain("sandbox-api-token").And.NotContain("sandbox-ws-token").And.NotContain("sandbox-client-secret");
    }
}
