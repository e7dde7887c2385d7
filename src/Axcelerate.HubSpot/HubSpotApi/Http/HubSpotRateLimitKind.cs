namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Which HubSpot limit a 429 response reports.</summary>
internal enum HubSpotRateLimitKind
{
    None,
    TenSecondly,
    Secondly,
    Daily,
    Unknown,
}

internal static class HubSpotRateLimitKinds
{
    public static HubSpotRateLimitKind Classify(ErrorBody? body)
    {
        var policy = body?.PolicyName;
        if (string.Equals(policy, "DAILY", StringComparison.OrdinalIgnoreCase))
        {
            return HubSpotRateLimitKind.Daily;
        }

        if (string.Equals(policy, "TEN_SECONDLY_ROLLING", StringComparison.OrdinalIgnoreCase))
        {
            return HubSpotRateLimitKind.TenSecondly;
        }

        var message = body?.Message ?? "";
        if (message.Contains("daily limit", StringComparison.OrdinalIgnoreCase))
        {
            return HubSpotRateLimitKind.Daily;
        }

        if (message.Contains("secondly limit", StringComparison.OrdinalIgnoreCase) && !message.Contains("ten_secondly", StringComparison.OrdinalIgnoreCase))
        {
            return HubSpotRateLimitKind.Secondly;
        }

        return message.Contains("ten_secondly", StringComparison.OrdinalIgnoreCase) ? HubSpotRateLimitKind.TenSecondly : HubSpotRateLimitKind.Unknown;
    }
}
