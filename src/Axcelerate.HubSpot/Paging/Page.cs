namespace Axcelerate.HubSpot.Paging;

/// <summary>One page of an enumeration and the token that continues it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The items on the page.</param>
    /// <param name="continuationToken">The token of the next page, or null on the last page.</param>
    public Page(IReadOnlyList<T> values, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
        ContinuationToken = continuationToken;
    }

    /// <summary>The items on the page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>
    /// An opaque token that starts the enumeration at the next page (pass it to
    /// <see cref="AsyncPageable{T}.AsPages(string?, int?)"/>), or null when this is the last page. Store it as a
    /// checkpoint to resume after a restart without reading earlier pages again.
    /// </summary>
    public string? ContinuationToken { get; }
}
