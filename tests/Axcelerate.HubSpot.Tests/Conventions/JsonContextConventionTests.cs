using System.Reflection;
using System.Text.Json.Serialization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Refit;

namespace Axcelerate.HubSpot.Tests.Conventions;

public sealed class JsonContextConventionTests
{
    private static readonly Assembly Core = typeof(HubSpotIntegrationOptions).Assembly;

    [Fact]
    public void Every_HubSpot_request_and_response_body_is_in_the_source_generated_context()
    {
        var refitInterfaces = Core.GetTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(HubSpotJsonContext).Namespace && t.Name.EndsWith("Api", StringComparison.Ordinal))
            .ToList();
        var bodies = refitInterfaces
            .SelectMany(i => i.GetMethods())
            .SelectMany(m => m.GetParameters()
                .Where(p => p.GetCustomAttribute<BodyAttribute>() is not null)
                .Select(p => p.ParameterType)
                .Append(UnwrapTask(m.ReturnType)))
            .Where(t => t is not null && IsJson(t))
            .Select(t => t!)
            .Distinct()
            .ToList();

        refitInterfaces.Should().NotBeEmpty();
        bodies.Should().HaveCountGreaterThan(10);
        bodies.Where(t => HubSpotJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.FullName)
            .Should().BeEmpty("Refit serialises through HubSpotJsonContext; a missing type fails at run time, not build time");
    }

    [Fact]
    public void Every_aXcelerate_record_and_wire_type_is_in_the_source_generated_context()
    {
        var wireTypes = Core.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition)
            .Where(t => t.Namespace is { } ns && ns.StartsWith(typeof(AxcelerateRecord).Namespace!, StringComparison.Ordinal))
            .Where(t => typeof(AxcelerateRecord).IsAssignableFrom(t)
                || t.GetProperties().Any(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null))
            .ToList();

        wireTypes.Should().Contain(typeof(AxcelerateContact));
        wireTypes.Where(t => AxcelerateJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.FullName)
            .Should().BeEmpty("aXcelerate responses are read through AxcelerateJsonContext");
    }

    private static Type? UnwrapTask(Type type)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Task<>))
        {
            return null;
        }

        var inner = type.GetGenericArguments()[0];
        return inner.IsGenericType && inner.GetGenericTypeDefinition() is var d && (d == typeof(ApiResponse<>) || d == typeof(IApiResponse<>))
            ? inner.GetGenericArguments()[0]
            : inner;
    }

    private static bool IsJson(Type? type) =>
        type is not null
        && type != typeof(string)
        && !typeof(HttpContent).IsAssignableFrom(type)
        && !typeof(HttpResponseMessage).IsAssignableFrom(type)
        && !typeof(Stream).IsAssignableFrom(type)
        && !type.IsPrimitive
        && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && type.GetGenericArguments()[1] == typeof(string));
}
