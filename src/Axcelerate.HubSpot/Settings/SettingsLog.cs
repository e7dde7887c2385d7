using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Settings;

/// <summary>Log messages of the sync settings (EventIds 3500-3599).</summary>
internal static partial class SettingsLog
{
    [LoggerMessage(EventId = 3500, Level = LogLevel.Information, Message = "Flow {Flow} is off; nothing done for {Subject}")]
    public static partial void FlowOff(ILogger logger, SyncFlow flow, string subject);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Sync flow {Flow} switched {State}")]
    public static partial void FlowSwitched(ILogger logger, SyncFlow flow, string state);
}
