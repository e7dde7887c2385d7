using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>
/// Finding a record by a property's value (the unique-value check on every write of a <c>hasUniqueValue</c> property,
/// reads and updates by idProperty) looks only at the records that were given that value, however large the portal.
/// The import writes each record's aXcelerate id to such a property, and every write used to scan the whole portal, so
/// importing N contacts cost N². Proven by counting the records each lookup visits, not by timing; the answers are
/// checked against a plain scan.
/// </summary>
public class HubSpotValueLookupScaleTests
{
    private const string Unique = "axcelerate_id";

    [Fact]
    public void A_lookup_by_value_visits_the_same_few_records_however_many_the_portal_holds()
    {
        var store = new HubSpotStore(TimeProvider.System, () => TimeSpan.Zero);
        var visitsPerLookup = new List<long>();
        for (var i = 0; i < 3000; i++)
        {
            var id = store.Create(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"person{i}@example.com" }, ChangeSource.CrmUi).Record!.Id;
            store.FindByValue(HubSpotObjectType.Contacts, Unique, $"{10_000 + i}").Should().BeNull();
            store.Update(HubSpotObjectType.Contacts, id, new Dictionary<string, string?> { [Unique] = $"{10_000 + i}" }, ChangeSource.Api).Record.Should().NotBeNull();
            var before = store.ValueCandidatesVisited;
            store.FindByValue(HubSpotObjectType.Contacts, Unique, $"{10_000 + i}")!.Id.Should().Be(id);
            visitsPerLookup.Add(store.ValueCandidatesVisited - before);
        }

        // The 3,000th lookup looked at what the 10th did: the one record given that value.
        visitsPerLookup[^1].Should().Be(visitsPerLookup[9]).And.Be(1);
    }

    [Fact]
    public void A_lookup_by_value_answers_what_a_scan_answers_after_updates_archives_and_merges()
    {
        var store = new HubSpotStore(TimeProvider.System, () => TimeSpan.Zero);
        string Create(string email, string? value) =>
            store.Create(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = email, [Unique] = value }, ChangeSource.CrmUi).Record!.Id;
        var a = Create("a@example.com", "1");
        var b = Create("b@example.com", "2");
        var c = Create("c@example.com", null);
        var d = Create("d@example.com", "4");
        store.FindByValue(HubSpotObjectType.Contacts, Unique, "1")!.Id.Should().Be(a); // the index is built on the first lookup

        store.Update(HubSpotObjectType.Contacts, a, new Dictionary<string, string?> { [Unique] = "10" }, ChangeSource.Api);
        store.Update(HubSpotObjectType.Contacts, c, new Dictionary<string, string?> { [Unique] = "1" }, ChangeSource.Api);
        store.Update(HubSpotObjectType.Contacts, b, new Dictionary<string, string?> { [Unique] = null }, ChangeSource.Api);
        store.Archive(HubSpotObjectType.Contacts, d, ChangeSource.CrmUi).Should().BeTrue();
        var merged = store.Merge(HubSpotObjectType.Contacts, a, c, ChangeSource.CrmUi).Record!;

        foreach (var value in new[] { "1", "2", "4", "10", "99" })
        {
            var scan = store.List(HubSpotObjectType.Contacts, 0, 100, archived: false).Page
                .FirstOrDefault(r => r.Properties.GetValueOrDefault(Unique) == value)?.Id;
            store.FindByValue(HubSpotObjectType.Contacts, Unique, value)?.Id.Should().Be(scan, $"a lookup of '{value}' answers what a scan does");
        }

        store.FindByValue(HubSpotObjectType.Contacts, Unique, "10")!.Id.Should().Be(merged.Id, "the merged record keeps the primary's value");
        store.Get(HubSpotObjectType.Contacts, "10", idProperty: Unique)!.Id.Should().Be(merged.Id, "reads by idProperty use the same lookup");
        store.Get(HubSpotObjectType.Contacts, "2", idProperty: Unique).Should().BeNull("that value was cleared");
    }
}
