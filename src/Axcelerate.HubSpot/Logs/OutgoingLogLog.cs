using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Logs;

/// <summary>Log messages of the outgoing log (range <see cref="LogEventIds.Logs"/>).</summary>
internal static partial class OutgoingLogLog
{
    [LoggerMessage(EventId = LogEventIds.Logs + 0, Level = LogLevel.Warning, Message = "Could not write the outgoing log entry for {Service} {Method} {Path}; the request itself was not affected")]
    public static partial void AppendFailed(ILogger logger, Exception exception, RemoteService service, string method, string path);

    [LoggerMessage(EventId = LogEventIds.Logs + 1, Level = LogLevel.Debug, Message = "Request not written to the outgoing log: {Reason}")]
    public static partial void NoStore(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEventIds.Logs + 300, Level = LogLevel.Information, Message = "Outgoing log retention deleted {Count} entries")]
    public static partial void Pruned(ILogger logger, int count);

    [LoggerMessage(EventId = LogEventIds.Logs + 301, Level = LogLevel.Warning, Message = "Outgoing log retention failed; it runs again after its interval")]
    public static partial void PruneFailed(ILogger logger, Exception exception);
}
