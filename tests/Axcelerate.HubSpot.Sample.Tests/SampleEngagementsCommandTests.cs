using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>engagements contact|organisation ID</c>: against the standalone sandbox server as a process, and its usage errors.</summary>
public sealed class SampleEngagementsCommandTests
{
    [Theory]
    [InlineData("engagements", "engagements needs whose")]
    [InlineData("engagements --json", "engagements needs whose")]
    [InlineData("engagements person 5", "Unknown command 'person'")]
    [InlineData("engagements contact", "ID")]
    [InlineData("engagements contact abc", "abc")]
    [InlineData("engagements organisation 0", "ID must be a positive aXcelerate id, not 0")]
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
        errors.TrimEnd('\r', '\n').Should().StartWith("error: ").And.Contain(expected).And.NotContain("\n");
    }

    [Fact]
    public async Task A_linked_contacts_engagements_come_as_json_and_as_a_table_and_an_unlinked_one_fails_with_its_id()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "30", "--companies", "3", "--deals", "3");
        var import = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["import", "contacts", "--all", "--json", "--store", sandbox.Store], timeout.Token);
        import.ExitCode.Should().Be(0, import.Error);
        using var imported = JsonDocument.Parse(import.Out);
        var linked = imported.RootElement.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() is "created" or "linked")
            .ToDictionary(r => r.GetProperty("hubSpotId").GetString()!, r => r.GetProperty("axcelerateId").GetInt64());
        var (hubSpotId, axcelerateId) = await LinkedWithAsync(sandbox.HubSpot, "contacts", "deals", linked, timeout.Token);
        var companies = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["import", "companies", "--all", "--json", "--store", sandbox.Store], timeout.Token);
        companies.ExitCode.Should().Be(0, companies.Error);
        using var importedCompanies = JsonDocument.Parse(companies.Out);
        var linkedCompanies = importedCompanies.RootElement.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() is "created" or "linked")
            .ToDictionary(r => r.GetProperty("hubSpotId").GetString()!, r => r.GetProperty("axcelerateId").GetInt64());
        var (companyId, organisationId) = await LinkedWithAsync(sandbox.HubSpot, "companies", "meetings", linkedCompanies, timeout.Token);

        var json = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["engagements", "contact", axcelerateId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--store", sandbox.Store], timeout.Token);
        var table = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["engagements", "contact", axcelerateId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", sandbox.Store], timeout.Token);
        var organisation = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["engagements", "organisation", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--store", sandbox.Store], timeout.Token);
        var unlinked = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["engagements", "contact", "987654", "--json", "--store", sandbox.Store], timeout.Token);

        json.ExitCode.Should().Be(0, json.Error);
        json.Error.Should().BeEmpty();
        using var document = JsonDocument.Parse(json.Out); // the whole of stdout is one JSON document
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("entity", "axcelerateId", "count", "engagements");
        root.GetProperty("entity").GetString().Should().Be("contact");
        root.GetProperty("axcelerateId").GetInt64().Should().Be(axcelerateId);
        var items = root.GetProperty("engagements").EnumerateArray().ToList();
        items.Should().HaveCount(root.GetProperty("count").GetInt32());
        var own = items.Where(i => i.GetProperty("source").GetProperty("kind").GetString() == "contact").ToList();
        own.Should().OnlyContain(i => i.GetProperty("source").GetProperty("hubSpotId").GetString() == hubSpotId);
        own.Select(i => i.GetProperty("type").GetString()).Should().Contain(["note", "call"], "the demo data logs a note and a call on a contact with a deal");
        var fromDeals = items.Where(i => i.GetProperty("source").GetProperty("kind").GetString() == "deal").ToList();
        fromDeals.Select(i => i.GetProperty("type").GetString()).Should().Contain(["email", "task"], "the contact's deal has an email and a task");
        fromDeals.Should().OnlyContain(i => !string.IsNullOrEmpty(i.GetProperty("source").GetProperty("name").GetString()));
        var times = items.Select(i => DateTimeOffset.Parse(i.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        times.Should().BeInDescendingOrder();
        var email = fromDeals.First(i => i.GetProperty("type").GetString() == "email");
        email.GetProperty("bodyPreview").GetString().Should().StartWith("Hi ").And.NotContainAny("<", "track", "color");
        email.GetProperty("direction").GetString().Should().Be("outbound");
        items.Should().OnlyContain(i => i.GetProperty("ownerName").GetString() != null);
        items.Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();

        table.ExitCode.Should().Be(0, table.Error);
        table.Out.Should().Contain($"Engagements of aXcelerate contact {axcelerateId}").And.Contain("Note").And.Contain("Email");

        organisation.ExitCode.Should().Be(0, organisation.Error);
        using var organisationDocument = JsonDocument.Parse(organisation.Out);
        organisationDocument.RootElement.GetProperty("entity").GetString().Should().Be("organisation");
        var companyItems = organisationDocument.RootElement.GetProperty("engagements").EnumerateArray().ToList();
        companyItems.Should().Contain(i => i.GetProperty("type").GetString() == "meeting");
        companyItems.Should().OnlyContain(i => i.GetProperty("source").GetProperty("kind").GetString() == "company" && i.GetProperty("source").GetProperty("hubSpotId").GetString() == companyId);

        unlinked.ExitCode.Should().Be(1);
        unlinked.Out.Should().BeEmpty("--json prints a document or nothing");
        unlinked.Error.TrimEnd().Should().Be("error: aXcelerate contact 987654 is not linked to a HubSpot contact, so it has no HubSpot engagements; link or import it first.");
    }

    // A linked HubSpot record with an associated record of another type, found through the server's own v4 association batch read.
    private static async Task<(string HubSpotId, long AxcelerateId)> LinkedWithAsync(string hubSpot, string fromType, string toType, Dictionary<string, long> linked, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sandbox-hubspot-token");
        var body = JsonSerializer.Serialize(new { inputs = linked.Keys.Select(id => new { id }) });
        using var response = await http.PostAsync(new Uri(hubSpot.TrimEnd('/') + $"/crm/v4/associations/{fromType}/{toType}/batch/read"), new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var withDeal = document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("from").GetProperty("id").GetString()!).OrderBy(id => id, StringComparer.Ordinal).First();
        return (withDeal, linked[withDeal]);
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
}
