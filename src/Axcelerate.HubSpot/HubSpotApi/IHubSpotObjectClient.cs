using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Reads and writes the records of one CRM object type.</summary>
public interface IHubSpotObjectClient
{
    /// <summary>The object type, e.g. <c>contacts</c>.</summary>
    string ObjectType { get; }

    /// <summary>
    /// Reads one record by id, or by <see cref="HubSpotGetOptions.IdProperty"/>: <c>email</c> (contacts) or a
    /// <c>hasUniqueValue</c> property.
    /// </summary>
    /// <param name="id">The record id, or the unique value.</param>
    /// <param name="options">Properties to return, the id property, archived.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The record, or null when HubSpot has none (404).</returns>
    Task<HubSpotObject?> GetAsync(string id, HubSpotGetOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of records.</summary>
    /// <param name="after">The cursor from the previous page, or null for the first page.</param>
    /// <param name="options">Page size (≤ 100), properties, archived.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page and the next cursor.</returns>
    Task<HubSpotPage<HubSpotObject>> ListPageAsync(string? after = null, HubSpotListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every record, following the <c>after</c> cursor page by page. <c>AsPages(token)</c> resumes from a
    /// page's continuation token (HubSpot's cursor) without reading earlier pages again.
    /// </summary>
    /// <param name="options">Page size (≤ 100; a page-size hint overrides it), properties, archived.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The records, fetched lazily.</returns>
    AsyncPageable<HubSpotObject> ListAsync(HubSpotListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a record (never sent twice: a create is not retried after a 5xx or timeout).</summary>
    /// <param name="input">Properties and associations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created record.</returns>
    Task<HubSpotObject> CreateAsync(HubSpotObjectInput input, CancellationToken cancellationToken = default);

    /// <summary>Updates a record's properties.</summary>
    /// <param name="id">The record id, or the unique value of <paramref name="idProperty"/>.</param>
    /// <param name="properties">The values to set; an empty string clears a value.</param>
    /// <param name="idProperty"><c>email</c> (contacts) or a <c>hasUniqueValue</c> property <paramref name="id"/> refers to, or null for the record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated record.</returns>
    Task<HubSpotObject> UpdateAsync(string id, IReadOnlyDictionary<string, string?> properties, string? idProperty = null, CancellationToken cancellationToken = default);

    /// <summary>Archives (deletes) a record.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the record is archived.</returns>
    Task ArchiveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads any number of records, 100 per request. Missing ids come back as per-input errors. A repeated id (emails
    /// compared case-insensitively) is asked for once and every repeat gets the same result. Results are tied to inputs
    /// by id or idProperty value (<see cref="HubSpotBatchResult{T}.ResultsByInput"/>); the idProperty is added to the
    /// properties asked for when it would not come back.
    /// </summary>
    /// <param name="ids">Record ids, or values of <see cref="HubSpotGetOptions.IdProperty"/> (<c>email</c> or a <c>hasUniqueValue</c> property).</param>
    /// <param name="options">Properties, id property, archived.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The records found and one error per input not found.</returns>
    Task<HubSpotBatchResult<HubSpotObject>> BatchReadAsync(IEnumerable<string> ids, HubSpotGetOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates any number of records, 100 per request, each with an <c>objectWriteTraceId</c> so failures (207) are
    /// reported per input. HubSpot returns the created records in no particular order and without the trace id; they are
    /// tied to their inputs by the property values sent (emails case-insensitively) in <see cref="HubSpotBatchResult{T}.ResultsByInput"/>.
    /// </summary>
    /// <param name="inputs">The records to create.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The created records and one error per failed input.</returns>
    Task<HubSpotBatchResult<HubSpotObject>> BatchCreateAsync(IEnumerable<HubSpotObjectInput> inputs, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates any number of records, 100 per request, by record id or by a <c>hasUniqueValue</c> idProperty — not by
    /// <c>email</c>, which HubSpot refuses here (an <see cref="ArgumentException"/>; use <see cref="BatchUpsertAsync"/>).
    /// An input repeating an earlier input's record is not sent (HubSpot would refuse the whole request) and gets its
    /// own <c>VALIDATION_ERROR</c> "Duplicate IDs"; the rest go ahead. Results are tied to inputs by id.
    /// </summary>
    /// <param name="inputs">The updates.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The updated records and one error per failed input.</returns>
    Task<HubSpotBatchResult<HubSpotObject>> BatchUpdateAsync(IEnumerable<HubSpotObjectUpdate> inputs, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or updates any number of records by <c>email</c> (contacts) or a <c>hasUniqueValue</c> property, 100 per
    /// request. The key is also sent as a property so each result can be tied to its input. An input repeating an
    /// earlier input's key (emails compared case-insensitively) is not sent and gets its own <c>VALIDATION_ERROR</c>
    /// "Duplicate IDs", so one repeated email never fails its neighbours.
    /// </summary>
    /// <param name="inputs">The upserts.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The records (<see cref="HubSpotObject.New"/> says which were created) and one error per failed input.</returns>
    Task<HubSpotBatchResult<HubSpotObject>> BatchUpsertAsync(IEnumerable<HubSpotObjectUpsert> inputs, CancellationToken cancellationToken = default);

    /// <summary>Archives any number of records, 100 per request; a repeated id is archived once.</summary>
    /// <param name="ids">The record ids.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The archived ids and one error per failed input.</returns>
    Task<HubSpotBatchResult<string>> BatchArchiveAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one search request and returns one page (≤ 200 results) with the total and the next cursor. HubSpot hands
    /// out a cursor at 10,000 results that it then refuses (400); <see cref="SearchAsync"/> pages past it. Upper-case
    /// <c>IN</c>/<c>NOT_IN</c> values on string properties are lower-cased (HubSpot matches those lower-cased only).
    /// </summary>
    /// <param name="request">Filters, sorts, properties, limit and <c>after</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    Task<HubSpotPage<HubSpotObject>> SearchPageAsync(HubSpotSearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every match, sorted by <c>hs_object_id</c> ascending, past HubSpot's 10,000-result cap: when a query's
    /// window is used up it re-queries with <c>hs_object_id GT</c> the last id seen. The request must not set another
    /// sort, and must leave room for that filter (at most 5 per group and 17 in all with it), else an
    /// <see cref="ArgumentException"/>. Each page's continuation token carries the window and the cursor, so
    /// <c>AsPages(token)</c> resumes exactly where an earlier enumeration stopped, past 10,000 too. Search sees writes
    /// only after a few seconds.
    /// </summary>
    /// <param name="request">Filters, properties and page size (≤ 200; a page-size hint overrides it).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matches, fetched lazily.</returns>
    AsyncPageable<HubSpotObject> SearchAsync(HubSpotSearchRequest request, CancellationToken cancellationToken = default);
}
