using Axcelerate.HubSpot.Mapping;
using BenchmarkDotNet.Attributes;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// The field-mapping engine on one contact of 25 mapped fields (<see cref="MappingFixture"/>), both directions: a record
/// mapped as a create (no current record on the target side) and as an update against the target's current values.
/// </summary>
[MemoryDiagnoser]
public class MappingBenchmarks
{
    private readonly MappingPlan _plan = MappingFixture.Plan();
    private readonly Dictionary<string, string?> _axcelerate = MappingFixture.Axcelerate();
    private readonly Dictionary<string, string?> _hubSpot = MappingFixture.HubSpot();

    /// <summary>aXcelerate → HubSpot, as a push of a new contact maps it.</summary>
    [Benchmark]
    public MappingResult ToHubSpot() => _plan.ToHubSpot("708861", _axcelerate);

    /// <summary>HubSpot → aXcelerate, as an import of a new contact maps it.</summary>
    [Benchmark]
    public MappingResult ToAxcelerate() => _plan.ToAxcelerate("51", _hubSpot);

    /// <summary>aXcelerate → HubSpot against HubSpot's current values (an update: unchanged values are left out).</summary>
    [Benchmark]
    public MappingResult ToHubSpotUpdate() => _plan.ToHubSpot("708861", _axcelerate, _hubSpot);

    /// <summary>HubSpot → aXcelerate against aXcelerate's current values (an update: unchanged values are left out).</summary>
    [Benchmark]
    public MappingResult ToAxcelerateUpdate() => _plan.ToAxcelerate("51", _hubSpot, _axcelerate);
}
