namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>How the emulated aXcelerate account behaves.</summary>
public sealed class AxcelerateSandboxOptions
{
    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The <c>apitoken</c> header value the sandbox accepts.</summary>
    public string ApiToken { get; set; } = "sandbox-api-token";

    /// <summary>The <c>wstoken</c> header value the sandbox accepts.</summary>
    public string WsToken { get; set; } = "sandbox-ws-token";
}
