using System.Reflection;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.Tests.Conventions;

public sealed class AsyncMethodConventionTests
{
    [Fact]
    public void Every_public_async_method_takes_an_optional_cancellation_token_last()
    {
        var asyncMethods = ShippedAssemblies.PublicMethods.Where(IsAsync).ToList();
        asyncMethods.Should().HaveCountGreaterThan(50, "the convention must see the clients and services it guards");

        var offenders = asyncMethods
            .Where(m => !IsExempt(m))
            .Where(m => m.GetParameters() is var p
                && (p.Length == 0
                    || p[^1].ParameterType != typeof(CancellationToken)
                    || p[^1].Name != "cancellationToken"
                    || !p[^1].HasDefaultValue))
            .Select(ShippedAssemblies.Describe)
            .Distinct()
            .ToList();

        offenders.Should().BeEmpty("public async methods take `CancellationToken cancellationToken = default` last");
    }

    [Fact]
    public void Services_and_clients_return_Task_and_only_stores_return_ValueTask()
    {
        var offenders = ShippedAssemblies.PublicMethods
            .Where(m => m.DeclaringType!.IsInterface && ReturnsValueTask(m))
            .Where(m => !m.DeclaringType!.Name.EndsWith("Store", StringComparison.Ordinal))
            .Select(ShippedAssemblies.Describe)
            .ToList();

        offenders.Should().BeEmpty("ValueTask is for the store seam only; services and clients return Task");
    }

    private static bool IsAsync(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>)
            || definition == typeof(IAsyncEnumerable<>) || definition == typeof(AsyncPageable<>);
    }

    private static bool ReturnsValueTask(MethodInfo method) =>
        method.ReturnType == typeof(ValueTask)
        || (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>));

    // Framework shapes whose signatures are fixed by the interface they implement or the pattern they follow.
    private static bool IsExempt(MethodInfo method) =>
        method.Name is "DisposeAsync" or "GetAsyncEnumerator" or "AsPages"
        || (method.DeclaringType!.Namespace?.EndsWith(".Paging", StringComparison.Ordinal) == true && method.IsStatic);
}
