using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>links</c>, <c>link</c>, <c>unlink</c>, <c>export</c>, <c>deals</c> and <c>add-deal</c> run as processes against the standalone sandbox server.</summary>
public sealed class SampleLinkingCommandsTests
{
    [Fact]
    public async Task Link_commands_list_unlink_relink_export_and_add_a_deal_with_json_and_exit_codes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "12", "--companies", "4", "--deals", "2");
        async Task<(int Code, JsonElement Json, string Error)> RunAsync(params string[] args)
        {
            var run = await ProcessRunner.RunSampleAsync(sandbox.Environment, [.. args, "--json", "--store", sandbox.Store], timeout.Token);
            using var document = JsonDocument.Parse(run.Out);
            return (run.ExitCode, document.RootElement.Clone(), run.Error);
        }

        var import = await RunAsync("import", "contacts", "--all");
        import.Code.Should().Be(0, import.Error);
        var imported = import.Json.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() is "created" or "linked")
            .Select(r => (AxcelerateId: r.GetProperty("axcelerateId").GetInt64(), HubSpotId: r.GetProperty("hubSpotId").GetString()!))
            .ToList();
        imported.Should().HaveCountGreaterThan(1);

        // links: every imported pair, as (aXcelerate id, HubSpot id).
        var links = await RunAsync("links", "contacts");
        links.Code.Should().Be(0, links.Error);
        links.Json.GetProperty("entity").GetString().Should().Be("contact");
        links.Json.GetProperty("links").EnumerateArray().Select(l => (l.GetProperty("axcelerateId").GetInt64(), l.GetProperty("hubSpotId").GetString()!))
            .Should().BeEquivalentTo(imported);

        var (axcelerateId, hubSpotId) = imported[0];
        var other = imported[1].AxcelerateId;

        // unlink, then unlink again (not linked: exit 1).
        var unlink = await RunAsync("unlink", "contact", Id(axcelerateId));
        unlink.Code.Should().Be(0, unlink.Error);
        unlink.Json.GetProperty("unlinked").GetBoolean().Should().BeTrue();
        var twice = await RunAsync("unlink", "contact", Id(axcelerateId));
        twice.Code.Should().Be(1);
        twice.Error.Should().Contain($"contact {axcelerateId} is not linked");

        // link back; linking another contact to the same HubSpot contact is refused naming both ids.
        var link = await RunAsync("link", "contact", Id(axcelerateId), hubSpotId);
        link.Code.Should().Be(0, link.Error);
        link.Json.GetProperty("outcome").GetString().Should().Be("linked");
        link.Json.GetProperty("address").GetString().Should().StartWith("https://app.hubspot.com/contacts/").And.EndWith("/record/0-1/" + hubSpotId);
        var conflict = await RunAsync("link", "contact", Id(other), hubSpotId);
        conflict.Code.Should().Be(1);
        conflict.Json.GetProperty("refusal").GetString().Should().Be("alreadyLinked");
        conflict.Error.Should().StartWith("error: ").And.Contain(Id(other)).And.Contain(hubSpotId);

        // export of a linked contact is refused; once unlinked, HubSpot's 409 links it to the contact HubSpot has.
        (await RunAsync("export", "contact", Id(axcelerateId))).Code.Should().Be(1);
        (await RunAsync("unlink", "contacts", Id(axcelerateId))).Code.Should().Be(0);
        var export = await RunAsync("export", "contact", Id(axcelerateId));
        export.Code.Should().Be(0, export.Error);
        export.Json.GetProperty("outcome").GetString().Should().Be("linkedToExisting");
        export.Json.GetProperty("hubSpotId").GetString().Should().Be(hubSpotId);

        // An organisation aXcelerate has and HubSpot does not: exported once, a second export refused.
        using var http = new HttpClient();
        var organisation = await UnlinkedOrganisationAsync(http, sandbox, timeout.Token);
        var exported = await RunAsync("export", "organisation", Id(organisation));
        exported.Code.Should().Be(0, exported.Error);
        exported.Json.GetProperty("outcome").GetString().Should().Be("exported");
        var again = await RunAsync("export", "organisation", Id(organisation));
        again.Code.Should().Be(1);
        again.Json.GetProperty("refusal").GetString().Should().Be("alreadyLinked");

        // A deal of the linked contact, added as an aXcelerate opportunity once the stages are mapped.
        (await ProcessRunner.RunSampleAsync(sandbox.Environment, ["stages", "--store", sandbox.Store], timeout.Token)).ExitCode.Should().Be(0);
        var deal = await CreateDealAsync(http, sandbox.HubSpot, hubSpotId, timeout.Token);
        var before = await RunAsync("deals", "contact", Id(axcelerateId));
        before.Code.Should().Be(0, before.Error);
        before.Json.GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("dealId").GetString() == deal).GetProperty("linked").GetBoolean().Should().BeFalse();
        var added = await RunAsync("add-deal", "contact", Id(axcelerateId), deal);
        added.Code.Should().Be(0, added.Error);
        added.Json.GetProperty("outcome").GetString().Should().Be("created");
        var task = added.Json.GetProperty("axcelerateId").GetInt64();
        var after = await RunAsync("deals", "contact", Id(axcelerateId));
        after.Json.GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("dealId").GetString() == deal).GetProperty("linkedOpportunityId").GetInt64().Should().Be(task);
        var opportunities = await RunAsync("links", "opportunities");
        opportunities.Json.GetProperty("links").EnumerateArray().Should().ContainSingle(l => l.GetProperty("axcelerateId").GetInt64() == task && l.GetProperty("hubSpotId").GetString() == deal);

        // An unlinked contact has no deals to show: the operation fails (exit 1) with the reason.
        (await RunAsync("unlink", "contact", Id(other))).Code.Should().Be(0);
        var unlinkedDeals = await ProcessRunner.RunSampleAsync(sandbox.Environment, ["deals", "contact", Id(other), "--store", sandbox.Store], timeout.Token);
        unlinkedDeals.ExitCode.Should().Be(1);
        unlinkedDeals.Error.TrimEnd().Should().StartWith("error: ").And.Contain($"contact {other} is not linked").And.NotContain("\n");
    }

    [Theory]
    [InlineData("link planet 1 2", "'planet' is not one of contact, organisation, opportunity")]
    [InlineData("deals opportunity 1", "'opportunity' is not one of contact, organisation")]
    [InlineData("add-deal contact 1 2 --key-contact 3", "--key-contact is for organisations")]
    [InlineData("export contact", "ID")]
    [InlineData("unlink contact twelve", "twelve")]
    public async Task Argument_errors_exit_with_2_and_name_the_problem(string commandLine, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["HubSpotIntegration__HubSpot__AccessToken"] = "token",
            ["HubSpotIntegration__Axcelerate__BaseUrl"] = "http://127.0.0.1:9/",
            ["HubSpotIntegration__Axcelerate__ApiToken"] = "a",
            ["HubSpotIntegration__Axcelerate__WsToken"] = "w",
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var run = await ProcessRunner.RunSampleAsync(environment, commandLine.Split(' '), timeout.Token);

        run.ExitCode.Should().Be(2, run.Out + run.Error);
        run.Error.Should().StartWith("error: ").And.Contain(expected);
    }

    [Theory]
    [InlineData("--help", "add-deal")]
    [InlineData("links --help", "<ENTITY>")]
    [InlineData("link --help", "<HUBSPOTID>")]
    [InlineData("export --help", "<ID>")]
    [InlineData("add-deal --help", "--key-contact")]
    public async Task Help_of_the_link_commands_is_printed_with_exit_code_0(string commandLine, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var run = await ProcessRunner.RunSampleAsync(new Dictionary<string, string>(), commandLine.Split(' '), timeout.Token);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain(expected);
        run.Error.Should().BeEmpty();
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // aXcelerate's organisation search (GET /organisations/) and the links the store has after importing companies.
    private static async Task<long> UnlinkedOrganisationAsync(HttpClient http, StandaloneSandbox sandbox, CancellationToken cancellationToken)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri($"{sandbox.Axcelerate}/api/organisations/?displayLength=100"));
        get.Headers.Add("apitoken", "sandbox-api-token");
        get.Headers.Add("wstoken", "sandbox-ws-token");
        using var response = await http.SendAsync(get, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var ids = document.RootElement.EnumerateArray().Select(o => o.GetProperty("ORGID").GetInt64()).ToList();
        ids.Should().NotBeEmpty();
        return ids[0];
    }

    private static async Task<string> CreateDealAsync(HttpClient http, string hubSpot, string contactId, CancellationToken cancellationToken)
    {
        var body = $$"""
            {"properties":{"dealname":"CLI added deal","pipeline":"default","dealstage":"qualifiedtobuy","amount":"950"},
             "associations":[{"to":{"id":"{{contactId}}"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":3}]}]}
            """;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"{hubSpot}/crm/v3/objects/deals"));
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sandbox-hubspot-token");
        post.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(post, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
