using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>
/// The <see cref="SandboxHost"/> set-up the search and batch tests share: production defaults except one opt-out, and
/// a way to seed many contacts directly.
/// </summary>
internal static class HubSpotSearchAndBatchSandbox
{
    public static Task<SandboxHost> StartAsync(Action<IntegrationSandboxOptions>? configure = null, Action<HubSpotOptions>? client = null) =>
        SandboxHost.StartAsync(
            sandbox: o =>
            {
                // Opt-out of rate limits only: the sandbox's clock stands still between the test's own steps, so its
                // rolling windows would never reopen during a 60-page enumeration. Every other strict default stays
                // on; rate limits are proven on their own in HubSpotRateLimitsOverSandboxTests.
                o.HubSpot.WithoutRateLimits();
                configure?.Invoke(o);
            },
            integration: o =>
            {
                o.HubSpot.Tier = HubSpotTier.ApiLimitIncrease;
                o.HubSpot.SearchRequestsPerSecond = 1000; // the sandbox's limits are off above; don't spend wall-clock time
                o.HubSpot.MaxRetryDelay = TimeSpan.FromMilliseconds(20);
                client?.Invoke(o.HubSpot);
            });

    /// <summary>Creates contacts directly in the sandbox (email <c>c{n}@example.com</c>) and lets search catch up.</summary>
    public static IReadOnlyList<string> SeedContacts(this SandboxHost host, int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = $"c{i}@example.com" }).Id);
        }

        host.LetSearchCatchUp();
        return ids;
    }
}
