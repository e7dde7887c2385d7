namespace Axcelerate.HubSpot.Testing;

/// <summary>HubSpot and aXcelerate emulators served over real HTTP on loopback.</summary>
public sealed class IntegrationSandbox
{
    private IntegrationSandbox()
    {
    }
}
