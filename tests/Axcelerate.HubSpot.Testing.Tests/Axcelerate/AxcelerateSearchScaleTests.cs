using Axcelerate.HubSpot.Testing.Axcelerate;
using static Axcelerate.HubSpot.Testing.Tests.Axcelerate.AxcelerateHttp;

namespace Axcelerate.HubSpot.Testing.Tests.Axcelerate;

/// <summary>
/// A contact search by email looks only at the contacts whose address starts with it, however large the account: the
/// import searches once per unlinked HubSpot contact, and every search used to copy and test every contact of the account,
/// so importing N contacts cost N². Proven by counting the contacts each search visits, not by timing; the answers are
/// checked against a plain scan of the account.
/// </summary>
public class AxcelerateSearchScaleTests
{
    [Fact]
    public void A_search_by_email_visits_the_same_few_contacts_however_many_the_account_holds()
    {
        var store = new AxcelerateStore(TimeProvider.System, new AxcelerateSandboxOptions());
        var visitsPerSearch = new List<long>();
        for (var i = 0; i < 3000; i++)
        {
            store.AddContact(Contact($"person{i}@example.com"));
            var before = store.ContactsVisited;
            var found = Search(store, $"person{i}@example.com");
            visitsPerSearch.Add(store.ContactsVisited - before);
            found.Should().ContainSingle().Which["EMAILADDRESS"].Should().Be($"person{i}@example.com");
        }

        // The 3,000th search looked at what the 10th did: the one contact with that address.
        visitsPerSearch[^1].Should().Be(visitsPerSearch[9]).And.Be(1);
    }

    [Fact]
    public void A_search_by_email_answers_what_a_scan_of_the_account_answers_after_updates_deletes_and_merges()
    {
        var store = new AxcelerateStore(TimeProvider.System, new AxcelerateSandboxOptions());
        var mia = store.AddContact(Contact("mia@example.com"));
        var miaAu = store.AddContact(Contact("MIA@example.com.au"));
        var amia = store.AddContact(Contact("amia@example.com"));
        var none = store.AddContact(Contact(null));
        var leo = store.AddContact(Contact("leo@example.com"));

        Ids(Search(store, "Mia@Example.com")).Should().Equal(mia.Id, miaAu.Id); // starts with, case ignored, in id order
        Ids(Search(store, "mia@example.com.au")).Should().Equal(miaAu.Id);

        store.UpdateContact(mia.Id, new Dictionary<string, string?> { ["EMAILADDRESS"] = "mia.chen@example.com" });
        store.UpdateContact(none.Id, new Dictionary<string, string?> { ["EMAILADDRESS"] = "mia@example.com" });
        store.UpdateContact(amia.Id, new Dictionary<string, string?> { ["EMAILADDRESS"] = null });
        store.DeleteContact(miaAu.Id).Should().BeTrue();
        store.MergeContacts(leo.Id, mia.Id, mia.Id).Should().NotBeNull();

        foreach (var email in new[] { "mia@example.com", "mia", "MIA.CHEN@example.com", "amia@example.com", "leo@example.com", "m", "zz" })
        {
            var scan = store.Contacts().Where(c => c["EMAILADDRESS"]?.StartsWith(email, StringComparison.OrdinalIgnoreCase) == true).Select(c => c.Id);
            Ids(Search(store, email)).Should().Equal(scan, $"a search for '{email}' answers what a scan does");
        }

        store.EmailInUse("MIA@EXAMPLE.COM").Should().BeTrue();
        store.EmailInUse("mia@example.com.au").Should().BeFalse("that contact was deleted");
        store.EmailInUse("leo@example.com").Should().BeFalse("that contact was merged away");
        store.EmailInUse("amia@example.com").Should().BeFalse("its address was cleared");
    }

    [Fact]
    public async Task The_search_endpoint_finds_a_contact_by_email_in_a_large_account_without_scanning_it()
    {
        await using var sandbox = await IntegrationSandbox.StartAsync(new IntegrationSandboxOptions { DemoData = new DemoData.DemoDataOptions { AxcelerateContacts = 2000 } });
        var target = sandbox.Axcelerate.AddContact("Zoe", "Quinn", "zoe.quinn@example.org");
        using var http = Client(sandbox);
        var before = sandbox.Axcelerate.Store.ContactsVisited;

        using var response = await http.GetAsync(new Uri("contacts/search?emailAddress=zoe.quinn@example.org&displayLength=10", UriKind.Relative));

        var rows = (await OkJsonAsync(response)).EnumerateArray().Select(c => c.GetProperty("CONTACTID").GetInt32()).ToList();
        rows.Should().Equal(target.Id);
        (sandbox.Axcelerate.Store.ContactsVisited - before).Should().BeLessThan(5, "only the contacts with that address are looked at, not the 2,000 others");
    }

    private static Dictionary<string, string?> Contact(string? email) =>
        new(StringComparer.OrdinalIgnoreCase) { ["GIVENNAME"] = "Test", ["SURNAME"] = "Person", ["EMAILADDRESS"] = email };

    private static IReadOnlyList<AxcelerateSandboxRecord> Search(AxcelerateStore store, string email) =>
        store.SearchContacts(c => c["EMAILADDRESS"]?.StartsWith(email, StringComparison.OrdinalIgnoreCase) == true, email, 0, 100);

    private static IEnumerable<int> Ids(IReadOnlyList<AxcelerateSandboxRecord> records) => records.Select(r => r.Id);
}
