namespace Axcelerate.HubSpot;

/// <summary>Upper bounds shared by the options validators, so no setting asks a timer or a date for more than it can hold.</summary>
internal static class OptionLimits
{
    /// <summary>The longest wait, timeout or interval: 24 days (HttpClient refuses a timeout over about 24.8 days, timers a wait over about 49.7).</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromDays(24);

    /// <summary>The longest retention age: 100 years (a longer one cannot be subtracted from today).</summary>
    public static readonly TimeSpan LongestRetention = TimeSpan.FromDays(36_500);

    /// <summary>The phrase validators append for <see cref="LongestWait"/>.</summary>
    public const string LongestWaitText = "at most 24.00:00:00 (24 days; longer waits overflow .NET's timers and HttpClient)";

    /// <summary>The phrase validators append for <see cref="LongestRetention"/>.</summary>
    public const string LongestRetentionText = "at most 36500.00:00:00 (100 years)";
}
