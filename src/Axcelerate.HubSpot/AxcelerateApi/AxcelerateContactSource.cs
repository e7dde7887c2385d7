namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>A marketing source (<c>/contact/sources</c>), the value for <c>SourceCodeID</c>.</summary>
public sealed class AxcelerateContactSource : AxcelerateRecord
{
    /// <summary>The id.</summary>
    public long SourceCodeId { get; init; }

    /// <summary>The label.</summary>
    public string? Source { get; init; }

    /// <summary>Whether it is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Whether it is public.</summary>
    public bool? IsPublic { get; init; }
}
