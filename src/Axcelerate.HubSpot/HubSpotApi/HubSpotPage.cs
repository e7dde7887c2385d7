namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>One page of results and the cursor to the next one.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class HubSpotPage<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="results">The items on the page.</param>
    /// <param name="nextAfter">The cursor of the next page, or null on the last page.</param>
    /// <param name="total">The total number of matches, when HubSpot reports it (search).</param>
    public HubSpotPage(IReadOnlyList<T> results, string? nextAfter, long? total = null)
    {
        Results = results;
        NextAfter = nextAfter;
        Total = total;
    }

    /// <summary>The items on the page.</summary>
    public IReadOnlyList<T> Results { get; }

    /// <summary>The <c>after</c> cursor of the next page, or null on the last page.</summary>
    public string? NextAfter { get; }

    /// <summary>The total number of matches, when HubSpot reports it (search only).</summary>
    public long? Total { get; }
}
