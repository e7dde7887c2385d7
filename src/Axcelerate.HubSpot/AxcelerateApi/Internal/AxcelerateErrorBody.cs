namespace Axcelerate.HubSpot.AxcelerateApi.Internal;

/// <summary>aXcelerate's error body: <c>{"DATA":"","ERROR":true,"MESSAGES":"…","CODE":"412","DETAILS":"…"}</c>.</summary>
internal sealed class AxcelerateErrorBody
{
    public bool? Error { get; init; }

    public string? Messages { get; init; }

    public string? Details { get; init; }

    public string? Code { get; init; }
}
