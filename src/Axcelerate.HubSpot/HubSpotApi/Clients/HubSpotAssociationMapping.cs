using Axcelerate.HubSpot.HubSpotApi.Http;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Maps association models to and from HubSpot's wire shapes.</summary>
internal static class HubSpotAssociationMapping
{
    public static AssociationSpecDto ToSpecDto(HubSpotAssociationSpec spec) => new()
    {
        To = new IdInput { Id = spec.ToId },
        Types = [.. spec.Types.Select(ToTypeDto)],
    };

    public static AssociationTypeDto ToTypeDto(HubSpotAssociationType type) => new()
    {
        AssociationCategory = type.Category,
        AssociationTypeId = type.TypeId,
    };

    public static HubSpotAssociation FromDto(AssociationResultDto dto) => new(
        dto.ToObjectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [.. dto.AssociationTypes.Select(t => new HubSpotAssociationType(t.Category, t.TypeId, t.Label))]);
}
