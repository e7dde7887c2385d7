namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>One item of a HubSpot error's <c>errors</c> list.</summary>
public sealed class HubSpotErrorDetail
{
    /// <summary>The explanation.</summary>
    public string Message { get; init; } = "";

    /// <summary>A machine-readable code, when sent.</summary>
    public string? Code { get; init; }

    /// <summary>Where the problem is (e.g. a property name), when sent.</summary>
    public string? In { get; init; }

    /// <summary>The sub-category, when sent.</summary>
    public string? SubCategory { get; init; }

    /// <summary>Structured context, e.g. <c>missingScopes</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <inheritdoc />
    public override string ToString() => In is null ? Message : $"{In}: {Message}";
}
