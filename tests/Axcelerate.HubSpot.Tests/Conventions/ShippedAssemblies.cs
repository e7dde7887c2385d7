using System.Reflection;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Testing;

namespace Axcelerate.HubSpot.Tests.Conventions;

/// <summary>The assemblies of the packages we ship, and their public surface.</summary>
internal static class ShippedAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(HubSpotIntegrationOptions).Assembly,
        typeof(SqliteIntegrationStore).Assembly,
        typeof(Axcelerate.HubSpot.PostgreSql.PostgreSqlIntegrationStore).Assembly,
        typeof(IntegrationSandbox).Assembly,
        typeof(Microsoft.AspNetCore.Builder.HubSpotWebhookEndpointRouteBuilderExtensions).Assembly,
    ];

    public static IEnumerable<Type> PublicTypes => All.SelectMany(a => a.GetExportedTypes());

    public static IEnumerable<MethodInfo> PublicMethods => PublicTypes.SelectMany(t =>
        t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName));

    public static string Describe(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";
}
