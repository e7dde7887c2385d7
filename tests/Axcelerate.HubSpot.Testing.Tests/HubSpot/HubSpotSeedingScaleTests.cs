using Axcelerate.HubSpot.Testing.HubSpot.Associations;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>
/// Seeding a large portal grows linearly: associating a contact with its company looks only at that contact's edges,
/// never at every association of the portal (each association used to copy and diff the whole set, so seeding N
/// contacts cost N² and 30,000 contacts took minutes). Proven by counting the edges each write visits, not by timing.
/// </summary>
public class HubSpotSeedingScaleTests
{
    [Fact]
    public void Associating_a_contact_visits_the_same_few_edges_however_many_associations_the_portal_holds()
    {
        var store = new HubSpotStore(TimeProvider.System, () => TimeSpan.Zero);
        var companies = Enumerable.Range(0, 3)
            .Select(i => long.Parse(store.Create(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = $"Company {i}" }, ChangeSource.CrmUi).Record!.Id, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        var visitsPerContact = new List<long>();
        long last = 0;
        for (var i = 0; i < 3000; i++)
        {
            var contact = long.Parse(store.Create(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"person{i}@example.com" }, ChangeSource.CrmUi).Record!.Id, System.Globalization.CultureInfo.InvariantCulture);
            var before = store.AssociationEdgesVisited;
            store.Associate(new AssociationEdge(HubSpotObjectType.Contacts, contact, HubSpotObjectType.Companies, companies[i % 3], AssociationTypes.HubSpotDefined, AssociationTypes.DefaultId(HubSpotObjectType.Contacts, HubSpotObjectType.Companies)!.Value)).Should().BeTrue();
            visitsPerContact.Add(store.AssociationEdgesVisited - before);
            last = contact;
        }

        // Every contact has its company (default + primary, both ways), and the 3,000th cost what the 10th did.
        store.AssociationsOf(HubSpotObjectType.Contacts, last, HubSpotObjectType.Companies).Should().HaveCount(2);
        store.AssociationsOf(HubSpotObjectType.Companies, companies[0], HubSpotObjectType.Contacts).Should().HaveCount(2000);
        visitsPerContact[^1].Should().Be(visitsPerContact[9]).And.BeLessThan(10);
    }

    [Fact]
    public void Replacing_a_primary_company_still_reports_exactly_the_edges_it_added_and_removed()
    {
        var store = new HubSpotStore(TimeProvider.System, () => TimeSpan.Zero);
        var changes = new List<ObjectChange>();
        var a = store.Create(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "A" }, ChangeSource.CrmUi).Record!.Id;
        var b = store.Create(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "B" }, ChangeSource.CrmUi).Record!.Id;
        var contact = store.Create(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = "p@example.com" }, ChangeSource.CrmUi).Record!.Id;
        var primary = AssociationTypes.PrimaryId(HubSpotObjectType.Contacts, HubSpotObjectType.Companies)!.Value;
        store.Associate(Edge(contact, a, primary));
        store.Changed += changes.AddRange;

        store.Associate(Edge(contact, b, primary));

        // The primary moves from A to B (both directions each); B also gets the default type both ways.
        changes.Where(c => c.Association!.Removed).Select(c => (c.Type, c.Association!.ToType)).Should()
            .BeEquivalentTo([(HubSpotObjectType.Contacts, HubSpotObjectType.Companies), (HubSpotObjectType.Companies, HubSpotObjectType.Contacts)]);
        changes.Where(c => !c.Association!.Removed).Should().HaveCount(4);
        store.AssociationsOf(HubSpotObjectType.Contacts, Id(contact), HubSpotObjectType.Companies).Select(e => e.ToId).Distinct().Should().BeEquivalentTo([Id(a), Id(b)]);
        store.AssociationsOf(HubSpotObjectType.Contacts, Id(contact), HubSpotObjectType.Companies).Where(e => e.TypeId == primary).Should().ContainSingle().Which.ToId.Should().Be(Id(b));

        static long Id(string id) => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        static AssociationEdge Edge(string contact, string company, int typeId) =>
            new(HubSpotObjectType.Contacts, Id(contact), HubSpotObjectType.Companies, Id(company), AssociationTypes.HubSpotDefined, typeId);
    }
}
