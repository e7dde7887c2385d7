using Axcelerate.HubSpot.HubSpotApi.Auth;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>An OAuth grant HubSpot refused stays marked invalid in every store provider, until a new grant replaces it.</summary>
public abstract partial class IntegrationStoreContractTests
{
    [Fact]
    public async Task Keeps_the_mark_of_an_OAuth_grant_HubSpot_refused_until_a_new_grant_replaces_it()
    {
        IHubSpotTokenStore tokens = Store;
        var refusedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
        await tokens.SaveAsync(new HubSpotTokenSet("access-1", "refresh-1", Time.GetUtcNow().AddMinutes(30))
        {
            HubId = 42,
            InvalidatedAt = refusedAt,
            InvalidReason = "invalid_grant: refresh token is invalid, expired or revoked",
        });

        var marked = (await tokens.GetAsync())!;
        marked.IsValid.Should().BeFalse();
        marked.InvalidatedAt.Should().Be(refusedAt);
        marked.InvalidReason.Should().Be("invalid_grant: refresh token is invalid, expired or revoked");

        await tokens.SaveAsync(new HubSpotTokenSet("access-2", "refresh-2", Time.GetUtcNow().AddMinutes(30)));
        var fresh = (await tokens.GetAsync())!;
        fresh.IsValid.Should().BeTrue("a new grant clears the mark");
        fresh.InvalidReason.Should().BeNull();
    }
}
