using Axcelerate.HubSpot.Testing.Axcelerate;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Testing;

/// <summary>How to start an <see cref="IntegrationSandbox"/>.</summary>
public sealed class IntegrationSandboxOptions
{
    /// <summary>The emulated HubSpot portal.</summary>
    public HubSpotSandboxOptions HubSpot { get; set; } = new();

    /// <summary>The emulated aXcelerate account.</summary>
    public AxcelerateSandboxOptions Axcelerate { get; set; } = new();

    /// <summary>Demo data to seed both systems with; null starts both empty.</summary>
    public DemoDataOptions? DemoData { get; set; }

    /// <summary>
    /// The clock behind rate windows, token expiry, search lag, webhook retries and timestamps; a
    /// <c>FakeTimeProvider</c> lets a test run an hour of behaviour in milliseconds.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the servers log; null for silence.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
