using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.TestKit.Hardening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Axcelerate.HubSpot.Tests.Hardening.SecretsScanLast", "Axcelerate.HubSpot.Tests")]

namespace Axcelerate.HubSpot.Tests.Hardening;

/// <summary>Starts the suite-wide evidence (the SDK's exceptions) as soon as the test assembly loads.</summary>
internal static class SuiteEvidenceStart
{
#pragma warning disable CA2255 // a test assembly, not a library: the scan must see the whole run
    [ModuleInitializer]
    internal static void Start() => SuiteEvidence.Start();
#pragma warning restore CA2255
}

/// <summary>The secrets scan's collection: not parallel, so xunit runs it after every parallel collection, and ordered last.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SecretsScanGroup
{
    public const string Name = "zz Secrets scan (after the whole suite)";
}

/// <summary>Keeps xunit's order of collections, with the secrets scan moved last.</summary>
public sealed class SecretsScanLast : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer _default = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderBy(c => c.DisplayName.Contains(SecretsScanGroup.Name, StringComparison.Ordinal) ? 1 : 0);
}

/// <summary>
/// After the whole suite of this project ran (every host the TestKit built fed the evidence: each log record with its
/// state and scopes at Trace, each exception the SDK threw, each outgoing-log entry), no access token, refresh token,
/// authorisation code, client secret, <c>apitoken</c> or <c>wstoken</c> value appears in any of it.
/// </summary>
[Collection(SecretsScanGroup.Name)]
public sealed class SecretsScanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_secret_appears_in_any_log_record_exception_or_outgoing_log_entry_of_the_whole_suite()
    {
        // The scan's own workload, so it has evidence of every kind even when run alone: an OAuth install (code,
        // access and refresh tokens), a refresh, a call the sandbox refuses (an SDK exception), aXcelerate reads, a revocation.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using (var host = await SandboxHost.StartConnectedOAuthAppAsync(clock))
        {
            await host.HubSpot.OAuth.RefreshAsync();
            var refused = () => host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["no_such_property_hardening"] = "1" } });
            await refused.Should().ThrowAsync<HubSpotApiException>();
            await host.Axcelerate.Contacts.GetAsync(1);
            await host.HubSpot.OAuth.RevokeAsync();
        }

        var evidence = SuiteEvidence.Run;
        foreach (var (source, count) in evidence.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{source}: {count} pieces scanned");
        }

        evidence.Sources.Should().ContainKey("log").WhoseValue.Should().BePositive();
        evidence.Sources.Should().ContainKey("exception").WhoseValue.Should().BePositive();
        evidence.Sources.Should().ContainKey("outgoing log").WhoseValue.Should().BePositive();
        evidence.Found.Should().BeEmpty("no secret may appear in a log, an exception or the outgoing log; found:\n" + string.Join("\n\n", evidence.Found.Take(20)));
    }
}

/// <summary>The scan itself finds what it must (on its own evidence, not the run's).</summary>
public sealed class SecretEvidenceTests
{
    [Theory]
    [InlineData("in the message")]
    [InlineData("in the structured state only")]
    [InlineData("in a scope")]
    [InlineData("in an exception")]
    [InlineData("an OAuth refresh token")]
    public void A_secret_anywhere_in_a_log_record_is_found(string where)
    {
        var evidence = new SecretEvidence();
        using var services = new ServiceCollection().AddLogging(l => l.ClearProviders()).AddLogging(evidence.AddTo).BuildServiceProvider();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Scan");
        var token = SuiteSecrets.AxcelerateWsToken;

        switch (where)
        {
            case "in the message": logger.LogTrace("calling with {Header}", token); break;
            case "in the structured state only": logger.Log(LogLevel.Debug, default, new Dictionary<string, object?> { ["wstoken"] = token }, null, (_, _) => "no secret in the text"); break;
            case "in a scope":
                using (logger.BeginScope(new Dictionary<string, object?> { ["apitoken"] = SuiteSecrets.AxcelerateApiToken }))
                {
                    logger.LogInformation("inside");
                }

                break;
            case "in an exception": logger.LogError(new InvalidOperationException("refused " + SuiteSecrets.HubSpotAccessToken), "failed"); break;
            case "an OAuth refresh token": logger.LogWarning("refresh with {Token}", "na1-" + new string('a', 48)); break;
        }

        evidence.Found.Should().ContainSingle().Which.Should().StartWith("log: ");
        evidence.Sources["log"].Should().Be(1);
    }

    [Fact]
    public void Text_without_a_secret_is_counted_not_found_and_an_SDK_exception_is_checked()
    {
        var evidence = new SecretEvidence();

        evidence.Check("log", "HubSpot answered 401 (INVALID_AUTHENTICATION); the token was refreshed");
        evidence.OnException(new FirstChanceExceptionEventArgs(new Axcelerate.HubSpot.Mapping.FieldMappingException("token " + SuiteSecrets.HubSpotAccessToken)));
        evidence.OnException(new FirstChanceExceptionEventArgs(new InvalidOperationException("not the SDK's: " + SuiteSecrets.HubSpotAccessToken)));

        evidence.Found.Should().ContainSingle().Which.Should().StartWith("exception: ").And.NotContain(SuiteSecrets.HubSpotAccessToken);
        evidence.Sources["log"].Should().Be(1);
    }
}
