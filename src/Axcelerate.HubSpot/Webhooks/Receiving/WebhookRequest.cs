namespace Axcelerate.HubSpot.Webhooks;

/// <summary>One HTTP request that claims to come from HubSpot, as a host received it.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Uri">
/// The full request URL as received: scheme, host, port, path and query with its percent-escapes unchanged (its
/// <see cref="System.Uri.OriginalString"/> is what is checked, so build it from the raw request target, not from a
/// decoded path).
/// </param>
/// <param name="Headers">The request headers; names are matched case-insensitively.</param>
/// <param name="Body">The raw body bytes, exactly as received (the signatures are over these bytes).</param>
public sealed record WebhookRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>
    /// The leading part of the URL's path that belongs to the host rather than to the webhook route (ASP.NET Core's
    /// <c>PathBase</c>); <see cref="WebhookReceiverOptions.PublicBaseUrl"/> replaces it together with the scheme, host
    /// and port. Empty by default.
    /// </summary>
    public string PathBase { get; init; } = string.Empty;
}
