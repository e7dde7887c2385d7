using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Associations;

/// <summary>One directed association between two records with one association type.</summary>
internal sealed record AssociationEdge(HubSpotObjectType FromType, long FromId, HubSpotObjectType ToType, long ToId, string Category, int TypeId)
{
    /// <summary>The same association seen from the other record (HubSpot association types are directional).</summary>
    public AssociationEdge Reverse() => new(ToType, ToId, FromType, FromId, Category, AssociationTypes.ReverseOf(FromType, ToType, TypeId));
}
