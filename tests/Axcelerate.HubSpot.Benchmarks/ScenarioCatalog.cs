using System.Reflection;

namespace Axcelerate.HubSpot.Benchmarks;

/// <summary>Every <see cref="IScenario"/> in this assembly, by name.</summary>
public static class ScenarioCatalog
{
    /// <summary>All scenarios, ordered by name.</summary>
    public static IReadOnlyList<IScenario> All { get; } = typeof(ScenarioCatalog).Assembly.GetTypes()
        .Where(type => typeof(IScenario).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
        .Where(type => type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
        .Select(type => (IScenario)Activator.CreateInstance(type)!)
        .OrderBy(scenario => scenario.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The scenario with this name, or null.</summary>
    public static IScenario? Find(string name) =>
        All.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase));
}
