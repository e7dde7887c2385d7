using System.Globalization;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Users;

namespace Axcelerate.HubSpot.Records;

/// <summary>
/// What a HubSpot deal becomes before the opportunity plan maps it to an aXcelerate marketing opportunity: the deal stage
/// becomes the mapped opportunity status and the owner the linked aXcelerate user (or the Web Service user). Shared by
/// the deal import and "add deal" from a linked contact or organisation.
/// </summary>
internal static class DealOpportunityFields
{
    public const string NameProperty = "dealname";
    public const string StageProperty = "dealstage";
    public const string OwnerProperty = "hubspot_owner_id";
    public const string PipelineProperty = "pipeline";
    public const string AmountProperty = "amount";

    /// <summary>Why a deal is not synchronised because of its pipeline (only the first one is), or null when it is in the first pipeline.</summary>
    public static string? PipelineProblem(HubSpotObject deal, HubSpotPipeline? firstPipeline)
    {
        var pipeline = deal.GetProperty(PipelineProperty);
        return firstPipeline is null || !string.Equals(pipeline, firstPipeline.Id, StringComparison.Ordinal)
            ? $"The deal is in pipeline '{pipeline}'; only the first pipeline ('{firstPipeline?.Label}') is synchronised with aXcelerate."
            : null;
    }

    /// <summary>
    /// The field view the opportunity plan maps: the deal's properties with the stage replaced by the mapped opportunity
    /// status and the owner by the acting aXcelerate user's contact id (removed when there is none); or why the stage is not mapped.
    /// </summary>
    public static async Task<(Dictionary<string, string?>? View, string? Problem)> ToOpportunityViewAsync(
        HubSpotObject deal,
        IDealStageMappingService stages,
        IUserLinkService users,
        CancellationToken cancellationToken)
    {
        var view = new Dictionary<string, string?>(RecordFields.From(deal), StringComparer.OrdinalIgnoreCase);
        if (deal.GetProperty(StageProperty) is { Length: > 0 } stage)
        {
            var status = await stages.ResolveStatusAsync(stage, cancellationToken).ConfigureAwait(false);
            if (!status.IsMapped)
            {
                return (null, status.Problem ?? $"Deal stage '{stage}' is not mapped to an opportunity status.");
            }

            view[StageProperty] = status.OpportunityStatusName;
        }

        if (view.ContainsKey(OwnerProperty))
        {
            var acting = await users.ResolveAsync(deal.GetProperty(OwnerProperty), cancellationToken).ConfigureAwait(false);
            if (acting.ContactId is { } userId)
            {
                view[OwnerProperty] = userId.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                view.Remove(OwnerProperty); // no linked user and no Web Service user: the owner is left alone
            }
        }

        return (view, null);
    }

    /// <summary>The deal's contacts, the portal's primary contact first (an association labelled "Primary…"), then by id.</summary>
    public static List<string> ContactsInOrder(IEnumerable<HubSpotAssociation> contacts) =>
        contacts.OrderByDescending(IsPrimary).ThenBy(t => t.ToObjectId, StringComparer.Ordinal).Select(t => t.ToObjectId).ToList();

    // HubSpot has no built-in primary deal → contact type; a portal marks one with an association label such as
    // "Primary" or "Primary contact", which the association read returns with the type.
    private static bool IsPrimary(HubSpotAssociation association) =>
        association.Types.Any(t => t.Label is { } label
            && (label.Equals("Primary", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Primary ", StringComparison.OrdinalIgnoreCase)));
}
