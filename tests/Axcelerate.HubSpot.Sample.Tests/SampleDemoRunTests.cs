using Axcelerate.HubSpot.Sample;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Tests;

public sealed class SampleDemoRunTests
{
    [Fact]
    public async Task Shows_links_fallback_refused_mismatch_and_mapped_stages_when_run_against_the_sandbox()
    {
        // An empty configuration: the default run, whatever the machine's environment variables say.
        var configuration = new ConfigurationBuilder().Build();
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        DemoSummary summary;
        await using (var environment = await SampleEnvironment.CreateAsync(configuration: configuration))
        {
            environment.Sandbox.Should().NotBeNull();
            summary = await DemoRun.RunAsync(environment, console);
        }

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
        text.Should().NotContain("sandbox-hubspot-token").And.NotContain("sandbox-api-token").And.NotContain("sandbox-ws-token");
    }
}
