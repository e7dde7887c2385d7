namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>The values accepted by <see cref="HubSpotOptions.ApiVersion"/>.</summary>
public static class HubSpotApiVersion
{
    /// <summary>The date-based version <c>2026-03</c> (default): <c>/crm/objects/2026-03/…</c>, <c>/oauth/2026-03/token</c>.</summary>
    public const string March2026 = "2026-03";

    /// <summary>The legacy semantic versions: <c>/crm/v3/…</c>, <c>/crm/v4/…</c> associations, <c>/oauth/v3/token</c> (the same version as token revocation).</summary>
    public const string V3 = "v3";

    internal static bool IsSupported(string? version) => version is March2026 or V3;
}
