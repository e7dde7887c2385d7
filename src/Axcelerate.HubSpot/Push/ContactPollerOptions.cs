namespace Axcelerate.HubSpot.Push;

/// <summary>How the contact poller reads aXcelerate (<c>builder.PollAxcelerateContacts(...)</c>).</summary>
public sealed class ContactPollerOptions
{
    /// <summary>The largest <see cref="PageSize"/>: aXcelerate's contact search returns at most 100 rows.</summary>
    public const int MaxPageSize = 100;

    /// <summary>How often the poller reads contacts changed since its watermark; 5 minutes by default, at least one second.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The first day to read when no watermark is stored yet (in the aXcelerate account's time zone); null (the default)
    /// starts from the day the poller first runs.
    /// </summary>
    public DateOnly? FirstDay { get; set; }

    /// <summary>Contacts read and pushed per page, 1 to <see cref="MaxPageSize"/>; 100 by default.</summary>
    public int PageSize { get; set; } = MaxPageSize;
}
