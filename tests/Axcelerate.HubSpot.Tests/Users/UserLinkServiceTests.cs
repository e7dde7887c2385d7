using System.Net;
using System.Text.Json;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.Users;

public sealed class UserLinkServiceTests : IDisposable
{
    private const string OwnersPath = "/crm/owners/2026-03";

    // aXcelerate users by the email the search was given, and the email each user's contact really has.
    private readonly Dictionary<string, (long ContactId, bool Active)[]> _usersByEmail = new()
    {
        ["alice@college.edu"] = [(5001, true)],
        ["bob@college.edu"] = [(5002, true), (5003, true)],
        ["carol@college.edu"] = [(5004, true)],
        ["erin@college.edu"] = [(5007, false)],
    };

    private readonly Dictionary<long, string> _contactEmails = new()
    {
        [5001] = "ALICE@college.edu ",
        [5002] = "bob@college.edu",
        [5003] = "Bob@College.edu",
        [5004] = "carol.smith@college.edu",
        [5007] = "erin@college.edu",
        [6000] = "someone@college.edu",
    };

    private readonly StubHandler _http = new();
    private readonly StubHost _host;

    public UserLinkServiceTests()
    {
        _http.OnJson(HttpMethod.Get, OwnersPath, """
            {"results":[
              {"id":"101","email":"  Alice@College.EDU ","firstName":"Alice","lastName":"A","type":"PERSON","archived":false},
              {"id":"102","email":"bob@college.edu","firstName":"Bob","type":"PERSON","archived":false},
              {"id":"103","email":"carol@college.edu","firstName":"Carol","type":"PERSON","archived":false},
              {"id":"104","firstName":"Queue","type":"QUEUE","archived":false},
              {"id":"105","email":"dan@college.edu","firstName":"Dan","type":"PERSON","archived":false},
              {"id":"107","email":"erin@college.edu","firstName":"Erin","type":"PERSON","archived":false}
            ]}
            """);
        _http.OnJson(HttpMethod.Get, OwnersPath + "/101", """{"id":"101","email":"Alice@College.EDU","firstName":"Alice","type":"PERSON"}""");
        _http.On(HttpMethod.Post, "/api/users", r => StubHandler.Json(UsersJson(r.Body)));
        _http.On(HttpMethod.Get, "/api/contacts/search", r => StubHandler.Json(ContactsJson(r.Uri)));
        _host = AdministrationTestHost.Create(_http, new() { ["HubSpotIntegration:Users:WebServiceUserContactId"] = "9999" });
    }

    private IUserLinkService Service => _host.Get<IUserLinkService>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Links_each_owner_to_the_one_user_with_the_same_email_ignoring_case_and_spaces()
    {
        await _host.Get<IUserLinkStore>().SetUserLinkAsync("105", null, null, UserLinkMethod.Manual);

        var results = (await Service.AutoLinkAsync()).ToDictionary(r => r.HubSpotOwnerId);

        results["101"].Should().BeEquivalentTo(new { Outcome = MatchOutcome.Unique, Linked = true, Email = "alice@college.edu", CandidateContactIds = new[] { 5001L } });
        results["102"].Should().BeEquivalentTo(new { Outcome = MatchOutcome.Ambiguous, Linked = false, CandidateContactIds = new[] { 5002L, 5003L } });
        results["103"].Outcome.Should().Be(MatchOutcome.None, "aXcelerate's search matched loosely but the contact's email differs");
        results["104"].Should().BeEquivalentTo(new { Outcome = MatchOutcome.None, Email = (string?)null, Linked = false });
        results["105"].Should().BeEquivalentTo(new { WasAlreadyLinked = true, Linked = false });
        results["107"].Outcome.Should().Be(MatchOutcome.None, "an inactive user cannot act");
        var links = await _host.Get<IUserLinkStore>().ListUserLinksAsync();
        links.Should().BeEquivalentTo(
        [
            new { HubSpotOwnerId = "101", AxcelerateContactId = (long?)5001, Method = UserLinkMethod.Automatic },
            new { HubSpotOwnerId = "105", AxcelerateContactId = (long?)null, Method = UserLinkMethod.Manual },
        ]);
    }

    [Fact]
    public async Task Reads_all_candidate_contacts_in_one_request_and_asks_aXcelerate_once_per_unlinked_owner()
    {
        await Service.AutoLinkAsync();

        _http.Count(HttpMethod.Get, "/api/contacts/search").Should().Be(1);
        _http.Requests.Where(r => r.Path == "/api/users").Select(r => UrlEncoded.Field(r.Body, "email"))
            .Should().BeEquivalentTo("alice@college.edu", "bob@college.edu", "carol@college.edu", "dan@college.edu", "erin@college.edu");
    }

    [Fact]
    public async Task Running_auto_link_again_changes_nothing()
    {
        await Service.AutoLinkAsync();
        var before = await _host.Get<IUserLinkStore>().ListUserLinksAsync();

        var again = await Service.AutoLinkAsync();

        again.Should().NotContain(r => r.Linked);
        (await _host.Get<IUserLinkStore>().ListUserLinksAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task Resolves_a_linked_owner_to_its_user_and_any_other_to_the_Web_Service_user()
    {
        await Service.AutoLinkAsync();

        (await Service.ResolveAsync("101")).Should().Be(new ActingUser("101", 5001, ActingUserSource.LinkedUser));
        (await Service.ResolveAsync("102")).Should().Be(new ActingUser("102", 9999, ActingUserSource.WebServiceUser));
        (await Service.ResolveAsync(null)).Should().Be(new ActingUser(null, 9999, ActingUserSource.WebServiceUser));
    }

    [Fact]
    public async Task A_link_cleared_by_hand_falls_back_to_the_Web_Service_user_and_survives_auto_linking()
    {
        await Service.ClearLinkAsync("101");

        var results = await Service.AutoLinkAsync();

        results.Single(r => r.HubSpotOwnerId == "101").WasAlreadyLinked.Should().BeTrue();
        (await Service.ResolveAsync("101")).Should().BeEquivalentTo(new { ContactId = (long?)9999, IsFallback = true });
        (await Service.ResetLinkAsync("101")).Should().BeTrue();
        (await Service.AutoLinkAsync()).Single(r => r.HubSpotOwnerId == "101").Linked.Should().BeTrue();
    }

    [Fact]
    public async Task Sets_a_link_by_hand_that_auto_linking_never_overrides()
    {
        _http.On(HttpMethod.Post, "/api/users", r => StubHandler.Json(UrlEncoded.Field(r.Body, "contactID") == "6000"
            ? UserJson(6000, true)
            : UsersJson(r.Body)));

        var link = await Service.SetLinkAsync("101", 6000);
        await Service.AutoLinkAsync();

        link.Should().BeEquivalentTo(new { AxcelerateContactId = (long?)6000, Method = UserLinkMethod.Manual, Email = "alice@college.edu" });
        (await Service.ResolveAsync("101")).ContactId.Should().Be(6000);
    }

    [Fact]
    public async Task Refuses_a_manual_link_to_a_contact_that_is_not_a_user_or_an_owner_that_does_not_exist()
    {
        _http.On(HttpMethod.Post, "/api/users", _ => StubHandler.Json(string.Empty, HttpStatusCode.NoContent));

        var notAUser = async () => await Service.SetLinkAsync("101", 7777);
        var noOwner = async () => await Service.SetLinkAsync("999", 5001);

        (await notAUser.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("aXcelerate contact 7777 is not a user");
        (await noOwner.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("HubSpot owner '999' does not exist");
        (await _host.Get<IUserLinkStore>().ListUserLinksAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Shows_owners_beside_active_users_without_writing_anything()
    {
        _http.On(HttpMethod.Post, "/api/users", r => StubHandler.Json(UrlEncoded.Field(r.Body, "contactID") is { } contactId
            ? UserJson(long.Parse(contactId, System.Globalization.CultureInfo.InvariantCulture), true)
            : UrlEncoded.Field(r.Body, "isActive") == "1" ? $"[{UserObject(5001, true)},{UserObject(6000, true)}]" : UsersJson(r.Body)));
        await Service.SetLinkAsync("101", 5001);

        var overview = await Service.GetOverviewAsync();

        overview.Owners.Select(o => o.Owner.Id).Should().Equal("101", "102", "103", "104", "105", "107");
        overview.Owners[0].ActingUser.Should().Be(new ActingUser("101", 5001, ActingUserSource.LinkedUser));
        overview.Owners[1].Should().BeEquivalentTo(new { Link = (UserLink?)null, ActingUser = new ActingUser("102", 9999, ActingUserSource.WebServiceUser) });
        overview.AxcelerateUsers.Select(u => u.ContactId).Should().Equal(5001, 6000);
        overview.WebServiceUserContactId.Should().Be(9999);
        (await _host.Get<IUserLinkStore>().ListUserLinksAsync()).Should().ContainSingle();
    }

    [Fact]
    public void Reports_a_Web_Service_user_id_that_is_not_a_number_naming_the_key()
    {
        using var host = AdministrationTestHost.Create(new StubHandler(), new() { ["HubSpotIntegration:Users:WebServiceUserContactId"] = "web-service" });

        var read = () => host.Get<IOptions<HubSpotIntegrationOptions>>().Value;

        read.Should().Throw<InvalidOperationException>().WithMessage("*'web-service'*HubSpotIntegration:Users:WebServiceUserContactId*");
    }

    [Fact]
    public async Task Without_a_configured_Web_Service_user_the_fallback_has_no_contact_id()
    {
        using var host = AdministrationTestHost.Create(new StubHandler());

        var acting = await host.Get<IUserLinkService>().ResolveAsync("101");

        acting.Should().Be(new ActingUser("101", null, ActingUserSource.WebServiceUser));
    }

    [Fact]
    public async Task Auto_linking_decides_with_the_registered_contact_match_rule()
    {
        using var host = AdministrationTestHost.Create(_http, services: s => s.AddSingleton<IMatchRule<ContactMatchCandidate>, NeverMatchesRule>());

        var results = await host.Get<IUserLinkService>().AutoLinkAsync();

        results.Single(r => r.HubSpotOwnerId == "101").Should().BeEquivalentTo(new { Outcome = MatchOutcome.None, Linked = false }, "the host's rule matched nothing, although the emails agree");
        (await host.Get<IUserLinkStore>().ListUserLinksAsync()).Should().BeEmpty();
    }

    private sealed class NeverMatchesRule : IMatchRule<ContactMatchCandidate>
    {
        public MatchResult<ContactMatchCandidate> Match(ContactMatchCandidate record, IEnumerable<ContactMatchCandidate> candidates) =>
            MatchResult.From<ContactMatchCandidate>([]);
    }

    private string UsersJson(string body)
    {
        var email = UrlEncoded.Field(body, "email");
        return email is not null && _usersByEmail.TryGetValue(email, out var users)
            ? "[" + string.Join(',', users.Select(u => UserObject(u.ContactId, u.Active))) + "]"
            : "[]";
    }

    private static string UserJson(long contactId, bool active) => $"[{UserObject(contactId, active)}]";

    private static string UserObject(long contactId, bool active) =>
        $$"""{"USERID":{{contactId + 1}},"CONTACTID":{{contactId}},"USERNAME":"user{{contactId}}","CONTACT_NAME":"User {{contactId}}","ACTIVE":{{(active ? 1 : 0)}},"ROLEID":1,"ROLENAME":"Staff"}""";

    private string ContactsJson(Uri url)
    {
        var ids = (UrlEncoded.Field(url.Query, "contactIDs") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse);
        return JsonSerializer.Serialize(ids.Where(_contactEmails.ContainsKey).Select(id => new Dictionary<string, object>
        {
            ["CONTACTID"] = id,
            ["GIVENNAME"] = "Given",
            ["SURNAME"] = "Surname",
            ["EMAILADDRESS"] = _contactEmails[id],
        }));
    }
}
