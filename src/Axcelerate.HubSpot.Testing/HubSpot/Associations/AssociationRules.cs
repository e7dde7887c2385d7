using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Associations;

/// <summary>
/// What HubSpot adds or removes with an association, applied under the store's lock: every association exists in both
/// directions; a labelled (or primary) one always carries the unlabelled default type too; a contact's first company
/// becomes its primary company; a contact or deal has at most one primary company (a new primary replaces the old one).
/// </summary>
internal static class AssociationRules
{
    /// <summary>Adds <paramref name="edge"/> and what HubSpot adds with it to <paramref name="edges"/>.</summary>
    public static void Add(AssociationSet edges, AssociationEdge edge)
    {
        var (owner, company, ownerType) = PrimarySides(edge);
        if (AssociationTypes.IsPrimary(edge.FromType, edge.ToType, edge.TypeId) && ownerType is not null)
        {
            // Only one primary company per contact or deal: the new one replaces the others.
            var primaryId = AssociationTypes.PrimaryId(ownerType, HubSpotObjectType.Companies)!.Value;
            foreach (var e in edges.From(ownerType, owner))
            {
                if (e.ToType == HubSpotObjectType.Companies && e.ToId != company && e.TypeId == primaryId)
                {
                    edges.Remove(e);
                }
            }

            var reversePrimaryId = AssociationTypes.ReverseOf(ownerType, HubSpotObjectType.Companies, primaryId);
            foreach (var e in edges.To(ownerType, owner))
            {
                if (e.FromType == HubSpotObjectType.Companies && e.FromId != company && e.TypeId == reversePrimaryId)
                {
                    edges.Remove(e);
                }
            }
        }

        AddBothWays(edges, edge);
        if (AssociationTypes.DefaultId(edge.FromType, edge.ToType) is { } defaultId && defaultId != edge.TypeId)
        {
            AddBothWays(edges, edge with { Category = AssociationTypes.HubSpotDefined, TypeId = defaultId });
        }

        if (ownerType == HubSpotObjectType.Contacts)
        {
            // A contact's first company becomes its primary company.
            var primaryId = AssociationTypes.PrimaryId(HubSpotObjectType.Contacts, HubSpotObjectType.Companies)!.Value;
            if (!edges.From(HubSpotObjectType.Contacts, owner).Exists(e => e.ToType == HubSpotObjectType.Companies && e.TypeId == primaryId))
            {
                AddBothWays(edges, new AssociationEdge(HubSpotObjectType.Contacts, owner, HubSpotObjectType.Companies, company, AssociationTypes.HubSpotDefined, primaryId));
            }
        }
    }

    private static void AddBothWays(AssociationSet edges, AssociationEdge edge)
    {
        edges.Add(edge);
        edges.Add(edge.Reverse());
    }

    // For a contact↔company or deal↔company edge: the contact or deal, the company, and the contact/deal type.
    private static (long Owner, long Company, HubSpotObjectType? OwnerType) PrimarySides(AssociationEdge edge)
    {
        if (edge.ToType == HubSpotObjectType.Companies && (edge.FromType == HubSpotObjectType.Contacts || edge.FromType == HubSpotObjectType.Deals))
        {
            return (edge.FromId, edge.ToId, edge.FromType);
        }

        if (edge.FromType == HubSpotObjectType.Companies && (edge.ToType == HubSpotObjectType.Contacts || edge.ToType == HubSpotObjectType.Deals))
        {
            return (edge.ToId, edge.FromId, edge.ToType);
        }

        return (0, 0, null);
    }
}
