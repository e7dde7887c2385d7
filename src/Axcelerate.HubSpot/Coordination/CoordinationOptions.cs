namespace Axcelerate.HubSpot.Coordination;

/// <summary>
/// How host instances sharing one store hand out work that must run on one instance at a time (an import run, the
/// contact poller, the retention pruners, the webhooks journal reader): <c>HubSpotIntegration:Coordination</c>.
/// </summary>
public sealed class CoordinationOptions
{
    /// <summary>
    /// How long a lease holds without renewal; an instance that dies loses its work to another after this long.
    /// 1 second to 1 day; 1 minute by default.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often the holder renews its lease while working; shorter than <see cref="LeaseDuration"/> (a third of it
    /// leaves two renewals' slack). 20 seconds by default.
    /// </summary>
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(20);
}
