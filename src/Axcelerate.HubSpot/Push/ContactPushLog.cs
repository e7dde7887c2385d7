using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Push;

/// <summary>Log messages of the contact push and its poller (range <see cref="LogEventIds.ContactSync"/>).</summary>
internal static partial class ContactPushLog
{
    [LoggerMessage(EventId = LogEventIds.ContactSync + 0, Level = LogLevel.Information, Message = "Pushed {Count} aXcelerate contacts to HubSpot: created {Created}, linked {Linked}, updated {Updated}, unchanged {Unchanged}, skipped {Skipped}, failed {Failed}")]
    public static partial void Pushed(ILogger logger, int count, int created, int linked, int updated, int unchanged, int skipped, int failed);

    [LoggerMessage(EventId = LogEventIds.ContactSync + 1, Level = LogLevel.Warning, Message = "Push of aXcelerate contact {AxcelerateId} failed: {Reason}")]
    public static partial void RecordFailed(ILogger logger, long axcelerateId, string reason);

    [LoggerMessage(EventId = LogEventIds.ContactSync + 20, Level = LogLevel.Information, Message = "Contact poller read {Count} contacts changed from {From} through {Through}; pushed {Pushed}, failed {Failed}; watermark now {Watermark}")]
    public static partial void Polled(ILogger logger, int count, DateOnly from, DateOnly through, int pushed, int failed, DateOnly watermark);

    [LoggerMessage(EventId = LogEventIds.ContactSync + 21, Level = LogLevel.Warning, Message = "Contact poller run failed; it tries again after its interval")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEventIds.ContactSync + 22, Level = LogLevel.Information, Message = "Contact poller starts with no watermark; it reads contacts changed from {From}")]
    public static partial void FirstPoll(ILogger logger, DateOnly from);
}
