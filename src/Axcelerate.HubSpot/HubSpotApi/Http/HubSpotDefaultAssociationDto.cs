namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>
/// One result of a default (unlabelled) association: HubSpot's <c>PublicDefaultAssociation</c>
/// <c>{from:{id}, to:{id}, associationSpec:{associationCategory, associationTypeId}}</c>. HubSpot may list both
/// directions of one association.
/// </summary>
internal sealed class HubSpotDefaultAssociationDto
{
    public IdInput From { get; set; } = new();

    public IdInput To { get; set; } = new();

    public AssociationTypeDto? AssociationSpec { get; set; }
}
