using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>
/// Who this host instance is when it holds a lease: <see cref="HubSpotIntegrationOptions.InstanceId"/>, or the machine
/// name, the process id and a random suffix (so two hosts in one process, or a restarted process, never share an id).
/// </summary>
internal sealed class InstanceIdentity(IOptions<HubSpotIntegrationOptions> options)
{
    private readonly Lazy<string> _id = new(() => options.Value.InstanceId is { Length: > 0 } configured && !string.IsNullOrWhiteSpace(configured)
        ? configured.Trim()
        : Generate());

    /// <summary>The instance id.</summary>
    public string Id => _id.Value;

    private static string Generate() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
}
