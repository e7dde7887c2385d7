using System.Text.RegularExpressions;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.Hardening;

/// <summary>Found by the suite-wide secrets scan: the outgoing log kept the refresh token of an OAuth revocation.</summary>
public sealed partial class OutgoingLogSecretsTests
{
    [Fact]
    public async Task Revoking_the_grant_logs_the_request_without_its_refresh_token()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartConnectedOAuthAppAsync(clock);

        await host.HubSpot.OAuth.RevokeAsync();

        var entries = (await host.Get<IOutgoingLogStore>().QueryOutgoingAsync(new OutgoingLogQuery { PageSize = 1000 })).Items;
        var revoke = entries.Should().ContainSingle(e => e.Path != null && e.Path.Contains("/revoke", StringComparison.Ordinal)).Subject;
        revoke.RequestBody.Should().Contain("token=***").And.Contain("token_type_hint=refresh_token", "only the token's value is masked");
        entries.Select(e => string.Join('\n', e.Path, e.RequestBody, e.Response, e.Error)).Should().NotContain(text => SandboxToken().IsMatch(text));
    }

    // The sandbox's refresh tokens (na1-), access tokens (CJ-) and codes (code-).
    [GeneratedRegex("(?:CJ|na1|code)-[0-9a-f]{48}")]
    private static partial Regex SandboxToken();
}
