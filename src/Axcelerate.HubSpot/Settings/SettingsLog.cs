using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Settings;

/// <summary>Log messages of the sync settings (range <see cref="LogEventIds.Settings"/>).</summary>
internal static partial class SettingsLog
{
    [LoggerMessage(EventId = LogEventIds.Settings + 0, Level = LogLevel.Information, Message = "Flow {Flow} is off; nothing done for {Subject}")]
    public static partial void FlowOff(ILogger logger, SyncFlow flow, string subject);

    [LoggerMessage(EventId = LogEventIds.Settings + 1, Level = LogLevel.Information, Message = "Sync flow {Flow} switched {State}")]
    public static partial void FlowSwitched(ILogger logger, SyncFlow flow, string state);
}
