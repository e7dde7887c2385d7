namespace Axcelerate.HubSpot.Engagements;

/// <summary>
/// The aXcelerate record whose engagements were asked for is not linked to a HubSpot record, so it has no
/// engagements to show. Link it (or import it) first.
/// </summary>
public sealed class EngagementRecordNotLinkedException : InvalidOperationException
{
    /// <summary>Creates the exception for one record.</summary>
    /// <param name="entity">The kind of record (contact or organisation).</param>
    /// <param name="axcelerateId">The aXcelerate id.</param>
    public EngagementRecordNotLinkedException(MappedEntity entity, long axcelerateId)
        : base($"aXcelerate {Describe(entity)} {axcelerateId} is not linked to a HubSpot {HubSpotName(entity)}, so it has no HubSpot engagements; link or import it first.")
    {
        Entity = entity;
        AxcelerateId = axcelerateId;
    }

    /// <summary>The kind of record.</summary>
    public MappedEntity Entity { get; }

    /// <summary>The aXcelerate id of the unlinked record.</summary>
    public long AxcelerateId { get; }

    private static string Describe(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contact",
        MappedEntity.Organisation => "organisation",
        _ => "opportunity",
    };

    private static string HubSpotName(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contact",
        MappedEntity.Organisation => "company",
        _ => "deal",
    };
}
