namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Classifies outgoing requests for the rate governor, the auth handler and the retry policy.</summary>
internal static class HubSpotRequestKinds
{
    public static bool IsOAuth(HttpRequestMessage request) => Path(request).StartsWith("/oauth/", StringComparison.Ordinal);

    public static bool IsSearch(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && Path(request).EndsWith("/search", StringComparison.Ordinal);

    /// <summary>
    /// Whether sending the request twice does no harm, so it may be retried after a 5xx or a timeout (when HubSpot may
    /// already have acted). Reads (GET, searches, batch reads), updates, upserts, archives and associations are; record
    /// creates, property creates and token requests are not.
    /// </summary>
    public static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post)
        {
            return true;
        }

        var path = Path(request);
        if (path.StartsWith("/oauth/", StringComparison.Ordinal))
        {
            return path.EndsWith("/revoke", StringComparison.Ordinal);
        }

        if (path.Contains("/associations/", StringComparison.Ordinal))
        {
            return true;
        }

        return path.EndsWith("/search", StringComparison.Ordinal)
            || path.EndsWith("/batch/read", StringComparison.Ordinal)
            || path.EndsWith("/batch/update", StringComparison.Ordinal)
            || path.EndsWith("/batch/upsert", StringComparison.Ordinal)
            || path.EndsWith("/batch/archive", StringComparison.Ordinal);
    }

    private static string Path(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? "";
}
