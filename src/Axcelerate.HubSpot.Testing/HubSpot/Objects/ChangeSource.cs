namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>Where a change came from, as webhook <c>changeSource</c> (and property history <c>sourceType</c>) reports it.</summary>
public enum ChangeSource
{
    /// <summary>
    /// An app writing through the public API: reported as <c>INTEGRATION</c> with the writing app's id as
    /// <c>sourceId</c> (the sandbox app for <see cref="HubSpotSandboxOptions.AccessToken"/>, another app for
    /// <see cref="HubSpotSandboxOptions.OtherAppToken"/>).
    /// </summary>
    Api,

    /// <summary>A person editing in HubSpot's UI (<c>CRM_UI</c>, <c>sourceId</c> <c>userId:N</c>).</summary>
    CrmUi,

    /// <summary>A HubSpot import (<c>IMPORT</c>).</summary>
    Import,

    /// <summary>A workflow (<c>AUTOMATION_PLATFORM</c>).</summary>
    AutomationPlatform,

    /// <summary>A form submission (<c>FORM</c>).</summary>
    Form,

    /// <summary>A value HubSpot calculated itself (<c>CALCULATED</c>).</summary>
    Calculated,

    /// <summary>The HubSpot mobile app (<c>MOBILE_IOS</c>).</summary>
    MobileIos,
}

/// <summary>The wire names of <see cref="ChangeSource"/>.</summary>
public static class ChangeSourceNames
{
    private static readonly (ChangeSource Source, string Name)[] Names =
    [
        (ChangeSource.Api, "INTEGRATION"), (ChangeSource.CrmUi, "CRM_UI"), (ChangeSource.Import, "IMPORT"),
        (ChangeSource.AutomationPlatform, "AUTOMATION_PLATFORM"), (ChangeSource.Form, "FORM"),
        (ChangeSource.Calculated, "CALCULATED"), (ChangeSource.MobileIos, "MOBILE_IOS"),
    ];

    /// <summary>The name HubSpot sends in <c>changeSource</c>, such as <c>INTEGRATION</c> or <c>CRM_UI</c>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ChangeSource source) => Names.First(n => n.Source == source).Name;

    /// <summary>Reads a wire name (case-insensitive), such as <c>IMPORT</c>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="source">The source when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out ChangeSource source)
    {
        foreach (var (candidate, wire) in Names)
        {
            if (string.Equals(wire, name, StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }

    /// <summary>Every wire name, for error messages.</summary>
    internal static string All => string.Join(", ", Names.Select(n => n.Name));
}
