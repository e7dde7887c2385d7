using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Tests;

public sealed class SampleCommandTests
{
    private static readonly string[] CountNames = ["created", "linked", "updated", "unchanged", "skipped", "ambiguous", "failed"];

    [Theory]
    [InlineData("import people", "Unknown command 'people'")]
    [InlineData("import", "import needs what to import")]
    [InlineData("import --all --json", "import needs what to import")]
    [InlineData("import contacts --page-size 0", "--page-size must be between 1 and 100, not 0")]
    [InlineData("import deals --page-size 101", "--page-size must be between 1 and 100, not 101")]
    [InlineData("import companies --bogus", "Unknown option 'bogus'")]
    [InlineData("stages extra", "extra")]
    [InlineData("frobnicate", "frobnicate")]
    [InlineData("settings --enable Bogus", "Unknown sync flow 'Bogus'; the flows are PushContactOnCreate, PushContactOnUpdate")]
    [InlineData("settings --disable PushContactOnCreate --enable pushcontactoncreate", "PushContactOnCreate cannot be both enabled and disabled")]
    [InlineData("sync-fields --fields jobtitle", "exactly one of --push")]
    [InlineData("sync-fields --push --pull --fields jobtitle", "exactly one of --push")]
    [InlineData("sync-fields --pull", "sync-fields needs --fields")]
    [InlineData("sync-fields --push --fields jobtitle --page-size 0", "--page-size must be between 1 and 100, not 0")]
    public async Task Argument_errors_exit_2_with_one_error_line(string commandLine, string expected)
    {
        // Configured services that are never reached: usage is checked before anything is called.
        var (exitCode, output, errors) = await RunInProcessAsync(commandLine, new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "token",
            ["HubSpotIntegration:Axcelerate:BaseUrl"] = "http://127.0.0.1:9/",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "a",
            ["HubSpotIntegration:Axcelerate:WsToken"] = "w",
        });

        exitCode.Should().Be(2, output + errors);
        var line = errors.TrimEnd('\r', '\n');
        line.Should().StartWith("error: ").And.Contain(expected).And.NotContain("\n");
    }

    [Theory]
    [InlineData("users", "HubSpotIntegration__HubSpot__AccessToken")]
    [InlineData("import contacts --all --json", "HubSpotIntegration__HubSpot__AccessToken")]
    public async Task A_command_without_configuration_names_the_missing_setting(string commandLine, string setting)
    {
        var (exitCode, output, errors) = await RunInProcessAsync(commandLine, new Dictionary<string, string?>());

        exitCode.Should().Be(1);
        errors.TrimEnd().Should().StartWith("error: ").And.Contain($"{setting} is not set").And.NotContain("\n");
        output.Should().BeEmpty("--json prints a document or nothing");
    }

    [Fact]
    public async Task A_command_with_only_HubSpot_configured_names_the_first_missing_aXcelerate_setting()
    {
        var (exitCode, _, errors) = await RunInProcessAsync("mappings", new Dictionary<string, string?>
        {
            ["HubSpotIntegration:HubSpot:AccessToken"] = "token",
            ["HubSpotIntegration:Axcelerate:ApiToken"] = "a",
        });

        exitCode.Should().Be(1);
        errors.Should().Contain("HubSpotIntegration__Axcelerate__BaseUrl is not set");
    }

    [Fact]
    public async Task Help_is_printed_for_every_level_with_exit_code_0()
    {
        foreach (var (commandLine, expected) in new[] { ("--help", "import"), ("import --help", "contacts"), ("import contacts --help", "--dry-run"), ("settings --help", "--enable-all"), ("sync-fields --help", "--pull") })
        {
            var (exitCode, output, errors) = await RunInProcessAsync(commandLine, new Dictionary<string, string?>());
            exitCode.Should().Be(0, commandLine);
            output.Should().Contain(expected, commandLine);
            errors.Should().BeEmpty(commandLine);
        }
    }

    [Fact]
    public async Task Import_contacts_all_json_against_the_standalone_sandbox_server_imports_then_a_second_run_finds_everything_unchanged()
    {
        // The server keeps its production-like rate limits on (aXcelerate 150 requests a minute): 30 contacts take
        // about 50 aXcelerate calls on the first import and a handful on the second, so no limit is reached and the test
        // stays short. With the 120 default contacts the first import would wait a minute for aXcelerate's window.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "30", "--companies", "3", "--deals", "3");
        var axcelerate = sandbox.Axcelerate;
        var environment = sandbox.Environment;
        var store = sandbox.Store;
        string[] args = ["import", "contacts", "--all", "--json", "--store", store];

        var first = await ProcessRunner.RunSampleAsync(environment, args, timeout.Token);

        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().BeEmpty();
        File.Exists(store).Should().BeTrue("--store names the SQLite file that keeps the links and the checkpoint");
        using var firstDocument = JsonDocument.Parse(first.Out); // the whole of stdout is one JSON document
        var firstRoot = firstDocument.RootElement;
        firstRoot.EnumerateObject().Select(p => p.Name).Should().Equal(["entity", .. CountNames, "records"]);
        firstRoot.GetProperty("entity").GetString().Should().Be("contacts");
        var firstCounts = Counts(firstRoot);
        var records = firstRoot.GetProperty("records").EnumerateArray().ToList();
        records.Should().HaveCount(30);
        firstCounts.Values.Sum().Should().Be(30);
        firstCounts["created"].Should().BeGreaterThan(0);
        firstCounts["linked"].Should().BeGreaterThan(0, "the demo data shares part of its contacts by email");
        (firstCounts["updated"], firstCounts["unchanged"], firstCounts["failed"]).Should().Be((0, 0, 0));
        foreach (var record in records)
        {
            record.EnumerateObject().Select(p => p.Name).Should().Equal("hubSpotId", "axcelerateId", "outcome", "reason");
            record.GetProperty("hubSpotId").GetString().Should().NotBeNullOrEmpty();
            var outcome = record.GetProperty("outcome").GetString();
            outcome.Should().BeOneOf(CountNames);
            if (outcome is "created" or "linked")
            {
                record.GetProperty("axcelerateId").GetInt64().Should().BePositive();
            }
            else
            {
                record.GetProperty("reason").GetString().Should().NotBeNullOrWhiteSpace($"a {outcome} record says why");
            }
        }

        firstCounts.Where(c => c.Key is not ("created" or "linked" or "ambiguous" or "skipped")).Sum(c => c.Value).Should().Be(0);
        records.Count(r => r.GetProperty("outcome").GetString() == "created").Should().Be(firstCounts["created"]);
        using var http = new HttpClient();
        var writesBefore = await AxcelerateWritesAsync(http, axcelerate, timeout.Token);
        writesBefore.Should().BeGreaterThanOrEqualTo(firstCounts["created"], "every created contact was a write to aXcelerate");

        var second = await ProcessRunner.RunSampleAsync(environment, args, timeout.Token);

        second.ExitCode.Should().Be(0, second.Error);
        using var secondDocument = JsonDocument.Parse(second.Out);
        var secondCounts = Counts(secondDocument.RootElement);
        secondCounts["unchanged"].Should().Be(firstCounts["created"] + firstCounts["linked"], "every linked contact is as the first run left it");
        (secondCounts["created"], secondCounts["linked"], secondCounts["updated"], secondCounts["failed"]).Should().Be((0, 0, 0, 0));
        (secondCounts["ambiguous"], secondCounts["skipped"]).Should().Be((firstCounts["ambiguous"], firstCounts["skipped"]), "what could not be imported still cannot");
        (await AxcelerateWritesAsync(http, axcelerate, timeout.Token)).Should().Be(writesBefore, "the second run writes nothing to aXcelerate");
    }

    [Fact]
    public async Task Import_dry_run_writes_nothing_and_one_page_at_a_time_continues_where_the_last_page_stopped()
    {
        // Limits on, as above; 25 contacts stay far below aXcelerate's 150 requests a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "25", "--companies", "2", "--deals", "2");
        var axcelerate = sandbox.Axcelerate;
        var environment = sandbox.Environment;
        var store = sandbox.Store;
        using var http = new HttpClient();
        async Task<JsonElement> ImportAsync(params string[] options)
        {
            var run = await ProcessRunner.RunSampleAsync(environment, ["import", "contacts", "--json", "--store", store, .. options], timeout.Token);
            run.ExitCode.Should().Be(0, run.Error);
            using var document = JsonDocument.Parse(run.Out);
            return document.RootElement.Clone();
        }

        var dryRun = await ImportAsync("--all", "--dry-run");
        Counts(dryRun)["created"].Should().BeGreaterThan(0);
        (await AxcelerateWritesAsync(http, axcelerate, timeout.Token)).Should().Be(0, "a dry run writes nothing");

        var firstPage = await ImportAsync("--page-size", "10");
        var secondPage = await ImportAsync("--page-size", "10");
        var rest = await ImportAsync("--all");

        static List<string> Ids(JsonElement report) => report.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("hubSpotId").GetString()!).ToList();
        Ids(firstPage).Should().HaveCount(10);
        Ids(secondPage).Should().HaveCount(10).And.NotIntersectWith(Ids(firstPage), "the second run continues the unfinished import");
        Ids(rest).Should().HaveCount(5).And.NotIntersectWith(Ids(firstPage).Concat(Ids(secondPage)));
        Ids(firstPage).Concat(Ids(secondPage)).Concat(Ids(rest)).Should().BeEquivalentTo(Ids(dryRun));
        var real = new[] { firstPage, secondPage, rest }.Select(Counts).ToList();
        CountNames.ToDictionary(n => n, n => real.Sum(c => c[n])).Should().Equal(Counts(dryRun), "the dry run said what the import then did");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunInProcessAsync(string commandLine, Dictionary<string, string?> settings)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        var io = new SampleIo(console, output, errors) { Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build() };
        var exitCode = await SampleApp.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), io);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static Dictionary<string, int> Counts(JsonElement root) =>
        CountNames.ToDictionary(name => name, name => root.GetProperty(name).GetInt32());


    // Requests that change aXcelerate (POST/PUT/DELETE) in the server's journal of served requests.
    private static async Task<int> AxcelerateWritesAsync(HttpClient http, string axcelerate, CancellationToken cancellationToken)
    {
        using var journal = JsonDocument.Parse(await http.GetStringAsync(new Uri(axcelerate + "/__sandbox/requests"), cancellationToken));
        return journal.RootElement.EnumerateArray().Count(e => e.GetProperty("method").GetString() is not ("GET" or "HEAD"));
    }
}
