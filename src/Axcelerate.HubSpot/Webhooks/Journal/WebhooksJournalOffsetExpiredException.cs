using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// HubSpot no longer knows an offset (404 on <c>offset/{offset}/next</c>): it is older than the journal's 3-day
/// retention, so entries after it may be lost. Start again from <c>GetEarliestAsync</c>.
/// </summary>
public sealed class WebhooksJournalOffsetExpiredException : HubSpotApiException
{
    /// <summary>Creates the exception.</summary>
    public WebhooksJournalOffsetExpiredException()
        : this("The webhooks journal offset has expired.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public WebhooksJournalOffsetExpiredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WebhooksJournalOffsetExpiredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The offset HubSpot no longer knows.</summary>
    public string? Offset { get; init; }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
