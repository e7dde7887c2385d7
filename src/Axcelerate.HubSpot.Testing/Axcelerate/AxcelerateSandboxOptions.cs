namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>How the emulated aXcelerate account behaves.</summary>
public sealed class AxcelerateSandboxOptions
{
    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The <c>apitoken</c> header value the sandbox accepts.</summary>
    public string ApiToken { get; set; } = "sandbox-api-token";

    /// <summary>The <c>wstoken</c> header value the sandbox accepts.</summary>
    public string WsToken { get; set; } = "sandbox-ws-token";

    /// <summary>
    /// Requests accepted per <see cref="RateLimitWindow"/> before the sandbox answers 429 with <c>Retry-After</c>;
    /// null (the default) turns the limit off. aXcelerate publishes no quota; 150 a minute is a realistic setting.
    /// </summary>
    public int? RateLimitPerWindow { get; set; }

    /// <summary>The fixed window the rate limit counts in, on the sandbox's <see cref="TimeProvider"/>.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A real delay added before every API answer, to imitate a remote server; zero by default.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Where aXcelerate webhook events (<c>contact.contact_created</c> ...) are POSTed; null sends none.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The private key that signs webhook payloads (<c>Ax-Signature</c>); null sends them unsigned.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The <c>clientId</c> of the account in webhook envelopes.</summary>
    public int ClientId { get; set; } = 4242;

    /// <summary>How many times a failed webhook delivery is retried (aXcelerate makes 20 more attempts).</summary>
    public int WebhookRetries { get; set; } = 20;

    /// <summary>The wait between webhook attempts, on the sandbox's <see cref="TimeProvider"/>.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
