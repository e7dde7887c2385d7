using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Users;
using Axcelerate.HubSpot.Webhooks;

namespace Axcelerate.HubSpot;

/// <summary>
/// The integration's options, one tree bound from the <c>HubSpotIntegration</c> configuration section
/// (<c>HubSpotIntegration:HubSpot:*</c>, <c>:Axcelerate:*</c>, <c>:Users:*</c>, <c>:OutgoingLog:*</c>, <c>:Webhooks:*</c>) or set in code
/// with <c>AddHubSpotIntegration(options =&gt; ...)</c>. Every part is validated at host start, naming the offending key.
/// </summary>
public sealed class HubSpotIntegrationOptions
{
    /// <summary>The configuration section the options bind from by default.</summary>
    public const string SectionName = "HubSpotIntegration";

    /// <summary>How to reach and authenticate with the HubSpot portal.</summary>
    public HubSpotOptions HubSpot { get; set; } = new();

    /// <summary>How to reach and authenticate with the aXcelerate account.</summary>
    public AxcelerateOptions Axcelerate { get; set; } = new();

    /// <summary>How HubSpot owners act in aXcelerate (<c>HubSpotIntegration:Users</c>).</summary>
    public UserLinkOptions Users { get; set; } = new();

    /// <summary>What the outgoing log records of each request to either system (<c>HubSpotIntegration:OutgoingLog</c>).</summary>
    public OutgoingLogOptions OutgoingLog { get; set; } = new();

    /// <summary>How imports run (page size): <c>HubSpotIntegration:Import</c>.</summary>
    public ImportOptions Import { get; set; } = new();

    /// <summary>How HubSpot webhook deliveries are received (body limit, public URL, signature versions): <c>HubSpotIntegration:Webhooks</c>.</summary>
    public WebhookReceiverOptions Webhooks { get; set; } = new();

    /// <summary>How aXcelerate webhook deliveries are received (signing key, unsigned deliveries, body limit): <c>HubSpotIntegration:AxcelerateWebhooks</c>.</summary>
    public AxcelerateWebhookOptions AxcelerateWebhooks { get; set; } = new();
    /// <summary>How logged webhook events are applied to aXcelerate: <c>HubSpotIntegration:WebhookProcessing</c>.</summary>
    public Webhooks.WebhookProcessingOptions WebhookProcessing { get; set; } = new();

    /// <summary>How long the incoming log keeps finished entries: <c>HubSpotIntegration:IncomingLog</c>.</summary>
    public IncomingLogOptions IncomingLog { get; set; } = new();

    /// <summary>
    /// This host instance's id when several instances share one store (<c>HubSpotIntegration:InstanceId</c>): the
    /// holder of its leases. Null (the default): the machine name, the process id and a random suffix.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>How instances sharing one store take turns at single-instance work: <c>HubSpotIntegration:Coordination</c>.</summary>
    public Coordination.CoordinationOptions Coordination { get; set; } = new();
}
