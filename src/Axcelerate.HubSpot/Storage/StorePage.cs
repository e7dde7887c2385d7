namespace Axcelerate.HubSpot.Storage;

/// <summary>One page of a stored list, read with keyset paging so later pages stay cheap and stable while rows are added.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The rows of this page, in the query's order.</param>
/// <param name="ContinuationToken">Pass it to the same query to read the next page; null on the last page. Opaque: do not parse it.</param>
public sealed record StorePage<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    /// <summary>True when another page follows.</summary>
    public bool HasMore => ContinuationToken is not null;
}
