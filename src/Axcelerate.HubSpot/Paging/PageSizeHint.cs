namespace Axcelerate.HubSpot.Paging;

/// <summary>Turns a caller's page-size hint into the page size to ask a service for.</summary>
internal static class PageSizeHint
{
    /// <summary>The hint when it is within 1..<paramref name="max"/>, <paramref name="fallback"/> when there is none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The hint is outside 1..<paramref name="max"/>.</exception>
    public static int Resolve(int? pageSizeHint, int fallback, int max) => pageSizeHint switch
    {
        null => fallback,
        >= 1 when pageSizeHint <= max => pageSizeHint.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, $"The page size must be between 1 and {max}."),
    };
}
