namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>The part of a task's forecast value expected in one month.</summary>
public sealed class AxcelerateForecastMonth
{
    /// <summary>The month (first day).</summary>
    public DateOnly? Month { get; init; }

    /// <summary>The value for that month.</summary>
    public decimal? Value { get; init; }
}
