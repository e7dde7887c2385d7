using Axcelerate.HubSpot.Matching;
using System.Net;
using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi;

public sealed class AxcelerateSearchAndPagingTests
{
    [Fact]
    public async Task Pages_through_every_contact_until_a_short_page()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = r => StubHandler.Json(Contacts(Int(r.QueryMap["offset"]), Math.Min(Int(r.QueryMap["displayLength"]), 250 - Int(r.QueryMap["offset"]))));

        var contacts = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { LastUpdated = new DateOnly(2025, 1, 1) }).ToListAsync();

        contacts.Select(c => c.ContactId).Should().Equal(Enumerable.Range(1, 250).Select(i => (long)i));
        host.Http.Requests.Select(r => r.QueryMap["offset"]).Should().Equal("0", "100", "200");
        host.Http.Requests.Should().AllSatisfy(r => r.QueryMap["lastUpdated"].Should().Be("2025-01-01"));
    }

    [Fact]
    public async Task Stops_on_204_after_a_full_last_page()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson(Contacts(0, 100)).ThenJson(Contacts(100, 100)).ThenStatus(HttpStatusCode.NoContent);

        var contacts = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()).ToListAsync();

        contacts.Should().HaveCount(200);
        host.Http.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Stops_when_the_server_ignores_offset_instead_of_looping_forever()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = _ => StubHandler.Json(Contacts(0, 100));

        var contacts = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()).ToListAsync();

        contacts.Should().HaveCount(100);
        host.Http.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Streams_lazily_so_a_caller_can_stop_early()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = r => StubHandler.Json(Contacts(Int(r.QueryMap["offset"]), 100));

        var first = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()).Take(5).ToListAsync();

        first.Should().HaveCount(5);
        host.Http.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Pages_organisations_and_notes_the_same_way()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.Fallback = r => r.Path.StartsWith("/api/organisations", StringComparison.Ordinal)
            ? StubHandler.Json(Rows("ORGID", Int(r.QueryMap["offset"]), r.QueryMap["offset"] == "0" ? 100 : 3))
            : StubHandler.Json(Rows("ID", Int(r.QueryMap["offset"]), r.QueryMap["offset"] == "0" ? 100 : 1));

        var organisations = await host.Axcelerate.Organisations.SearchAsync(new AxcelerateOrganisationSearch()).ToListAsync();
        var notes = await host.Axcelerate.Contacts.ListNotesAsync(5).ToListAsync();

        organisations.Should().HaveCount(103);
        notes.Should().HaveCount(101);
        host.Http.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Finds_a_contact_by_exact_email_ignoring_starts_with_matches_and_case()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""
            [{"CONTACTID": 1, "EMAILADDRESS": "jo@example.com.au"},
             {"CONTACTID": 2, "EMAILADDRESS": "JO@Example.com"},
             {"CONTACTID": 3, "EMAILADDRESS": "jo@example.community"},
             {"CONTACTID": 4, "EMAILADDRESS": null}]
            """);

        var result = await host.Axcelerate.Contacts.FindByEmailAsync(" jo@example.com ");

        result.Outcome.Should().Be(MatchOutcome.Unique);
        result.Match!.ContactId.Should().Be(2);
        host.Http.Single.QueryMap["emailAddress"].Should().Be("jo@example.com");
        host.Http.Single.QueryMap["displayLength"].Should().Be("100");
    }

    [Fact]
    public async Task Reports_several_when_the_email_is_duplicated()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""[{"CONTACTID": 1, "EMAILADDRESS": "dup@example.com"}, {"CONTACTID": 9, "EMAILADDRESS": "Dup@Example.com"}]""");

        var result = await host.Axcelerate.Contacts.FindByEmailAsync("dup@example.com");

        result.Outcome.Should().Be(MatchOutcome.Ambiguous);
        result.Match.Should().BeNull();
        result.Candidates.Select(m => m.ContactId).Should().Equal(1, 9);
    }

    [Fact]
    public async Task Reports_none_when_only_longer_addresses_start_with_the_email()
    {
        using var host = AxcelerateTestHost.Create();
        host.Http.ThenJson("""[{"CONTACTID": 1, "EMAILADDRESS": "a@b.com.au"}]""");

        var result = await host.Axcelerate.Contacts.FindByEmailAsync("a@b.com");

        result.Outcome.Should().Be(MatchOutcome.None);
        result.Candidates.Should().BeEmpty();
    }

    private static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string Contacts(int offset, int count) => Rows("CONTACTID", offset, count);

    private static string Rows(string idKey, int offset, int count) =>
        "[" + string.Join(",", Enumerable.Range(offset + 1, Math.Max(0, count)).Select(id => $$"""{"{{idKey}}": {{id}}, "NAME": "n{{id}}"}""")) + "]";
}
