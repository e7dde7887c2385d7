using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Logs;

/// <summary>Log messages of the incoming log service and its pruner (range <see cref="LogEventIds.Logs"/> + 300).</summary>
internal static partial class IncomingLogLog
{
    [LoggerMessage(EventId = LogEventIds.Logs + 300, Level = LogLevel.Information, Message = "Incoming entry {EntryId} was {Action} by an administrator")]
    public static partial void Changed(ILogger logger, long entryId, string action);

    [LoggerMessage(EventId = LogEventIds.Logs + 301, Level = LogLevel.Information, Message = "Incoming log retention removed {Removed} finished entries")]
    public static partial void Pruned(ILogger logger, int removed);

    [LoggerMessage(EventId = LogEventIds.Logs + 302, Level = LogLevel.Error, Message = "Incoming log retention failed; it tries again after {Delay}")]
    public static partial void PruneFailed(ILogger logger, Exception exception, TimeSpan delay);
}
