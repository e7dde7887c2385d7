namespace Axcelerate.HubSpot.Testing.HubSpot;

/// <summary>How the emulated HubSpot portal behaves.</summary>
public sealed class HubSpotSandboxOptions
{
    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The private-app token the sandbox accepts as a bearer token.</summary>
    public string AccessToken { get; set; } = "sandbox-hubspot-token";
}
