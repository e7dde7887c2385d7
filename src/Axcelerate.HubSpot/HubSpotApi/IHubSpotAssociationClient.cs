using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Associations between CRM records. Object types are names such as <c>contacts</c> or <c>companies</c>.</summary>
public interface IHubSpotAssociationClient
{
    /// <summary>
    /// Streams the associations of one record to one object type (500 per request unless a page-size hint says
    /// otherwise); resumable from a page's continuation token. Each association lists every type between the two
    /// records: a labelled one also carries the unlabelled default type.
    /// </summary>
    /// <param name="fromObjectType">The record's object type.</param>
    /// <param name="fromId">The record id.</param>
    /// <param name="toObjectType">The associated object type.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The associations.</returns>
    AsyncPageable<HubSpotAssociation> ListAsync(string fromObjectType, string fromId, string toObjectType, CancellationToken cancellationToken = default);

    /// <summary>Creates the default (unlabelled) association between two records.</summary>
    /// <param name="fromObjectType">The source object type.</param>
    /// <param name="fromId">The source record id.</param>
    /// <param name="toObjectType">The target object type.</param>
    /// <param name="toId">The target record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the association exists.</returns>
    Task CreateDefaultAsync(string fromObjectType, string fromId, string toObjectType, string toId, CancellationToken cancellationToken = default);

    /// <summary>Creates a labelled association (one or more association types) between two records.</summary>
    /// <param name="fromObjectType">The source object type.</param>
    /// <param name="fromId">The source record id.</param>
    /// <param name="toObjectType">The target object type.</param>
    /// <param name="toId">The target record id.</param>
    /// <param name="types">The association types.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The labels now on the association.</returns>
    Task<IReadOnlyList<string>> CreateAsync(string fromObjectType, string fromId, string toObjectType, string toId, IEnumerable<HubSpotAssociationType> types, CancellationToken cancellationToken = default);

    /// <summary>Removes every association between two records.</summary>
    /// <param name="fromObjectType">The source object type.</param>
    /// <param name="fromId">The source record id.</param>
    /// <param name="toObjectType">The target object type.</param>
    /// <param name="toId">The target record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the associations are gone.</returns>
    Task DeleteAsync(string fromObjectType, string fromId, string toObjectType, string toId, CancellationToken cancellationToken = default);

    /// <summary>Reads the associations of any number of records, 1,000 ids per request, following per-record paging.</summary>
    /// <param name="fromObjectType">The records' object type.</param>
    /// <param name="toObjectType">The associated object type.</param>
    /// <param name="fromIds">The record ids.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// One set per record (empty for a record without associations, which HubSpot reports as
    /// <c>NO_ASSOCIATIONS_FOUND</c>), and the other per-input errors.
    /// </returns>
    Task<HubSpotBatchResult<HubSpotAssociationSet>> BatchReadAsync(string fromObjectType, string toObjectType, IEnumerable<string> fromIds, CancellationToken cancellationToken = default);

    /// <summary>Creates any number of associations, 100 per request; inputs without types get the default association.</summary>
    /// <param name="fromObjectType">The source object type.</param>
    /// <param name="toObjectType">The target object type.</param>
    /// <param name="inputs">The associations to create.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The created associations and per-input errors.</returns>
    Task<HubSpotBatchResult<HubSpotAssociationInput>> BatchCreateAsync(string fromObjectType, string toObjectType, IEnumerable<HubSpotAssociationInput> inputs, CancellationToken cancellationToken = default);
}
