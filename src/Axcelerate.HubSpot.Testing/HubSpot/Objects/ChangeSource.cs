namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>Where a change came from, as webhook <c>changeSource</c> reports it.</summary>
public enum ChangeSource
{
    /// <summary>A call to the public API (<c>API</c>).</summary>
    Api,

    /// <summary>A user editing in HubSpot (<c>CRM_UI</c>).</summary>
    CrmUi,
}
