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

    // ---- Production strictness. Every default below behaves like the real API (or, where aXcelerate documents
    // nothing, like its strictest plausible reading); each property is the explicit opt-out. ----

    /// <summary>
    /// <c>/contacts/search?lastUpdated=</c> and <c>contactEntryDate=</c> match records changed <b>on that day</b>
    /// (the documented "exact match or starts with" applied to <c>yyyy-MM-dd HH:mm</c>). True makes them mean "on or
    /// after that day", which production is not known to do.
    /// </summary>
    public bool LastUpdatedMeansOnOrAfter { get; set; }

    /// <summary>
    /// The docs say forecast and opportunity fields are ignored unless the request sets <c>marketingContactID</c>;
    /// the sandbox ignores them too. True keeps them on a task that already is an opportunity.
    /// </summary>
    public bool KeepOpportunityFieldsWithoutMarketingContactId { get; set; }

    /// <summary>
    /// Write parameters aXcelerate does not document (contact <c>website</c>, <c>comment</c>, <c>preferredName</c>,
    /// organisation detail <c>website</c> ...) are ignored, as a ColdFusion endpoint ignores unknown form fields, and
    /// listed in <see cref="AxcelerateSandbox.IgnoredWriteParameters"/>. True stores them as if they were documented.
    /// </summary>
    public bool AcceptUndocumentedWriteParameters { get; set; }

    /// <summary>The most rows <c>GET /tasks</c> returns (it has no paging); the real cap is unknown. Null lifts it.</summary>
    public int? TaskSearchRowLimit { get; set; } = 50;

    /// <summary>The most rows one <c>GET /followUps/</c> page returns (the docs' sample shows 10 of 359). Null lifts it.</summary>
    public int? FollowUpsRowLimit { get; set; } = 10;

    /// <summary>The most rows <c>POST /users</c> returns ("defaulted to 10 ... no paging"). Null lifts it.</summary>
    public int? UsersRowLimit { get; set; } = 10;

    /// <summary>
    /// The most rows one <c>/organisations/</c> or <c>/contact/notes/{id}</c> page returns, whatever <c>displayLength</c>
    /// asks; unknown in production, so below the 100 a client may ask for. Null allows 100.
    /// </summary>
    public int? OrganisationAndNoteRowLimit { get; set; } = 50;

    /// <summary>The shape of <c>/task/opportunityStatuses</c> (undocumented): <c>[{ID, NAME}]</c> by default.</summary>
    public AxcelerateLookupShape OpportunityStatusesShape { get; set; } = AxcelerateLookupShape.IdAndName;
}
