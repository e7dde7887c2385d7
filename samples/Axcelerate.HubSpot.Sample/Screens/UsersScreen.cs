using Axcelerate.HubSpot.Users;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Part 2 (the Users tab): HubSpot owners beside aXcelerate users after automatic linking by email.</summary>
internal static class UsersScreen
{
    public static async Task<(int Linked, int Fallback)> ShowAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<IUserLinkService>();
        var results = await users.AutoLinkAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = results.ToDictionary(r => r.HubSpotOwnerId, r => r.Outcome, StringComparer.Ordinal);
        var overview = await users.GetOverviewAsync(cancellationToken).ConfigureAwait(false);
        var userByContact = overview.AxcelerateUsers
            .GroupBy(u => u.ContactId)
            .ToDictionary(g => g.Key, g => g.First());

        var table = new Table()
            .Title("2. HubSpot owners and aXcelerate users (auto-linked by email)")
            .AddColumn("HubSpot owner")
            .AddColumn("Email")
            .AddColumn("Auto-link")
            .AddColumn("Acting aXcelerate user");
        foreach (var row in overview.Owners)
        {
            var owner = row.Owner;
            var name = $"{owner.FirstName} {owner.LastName}".Trim();
            var outcome = outcomes.TryGetValue(owner.Id, out var o) ? o.ToString() : "-";
            var acting = row.ActingUser;
            var actingCell = acting.IsFallback
                ? Cell.Warn(acting.ContactId is { } ws ? $"Web Service user (contact {ws}) - fallback" : "Web Service user - not configured")
                : Cell.Good(DescribeUser(acting.ContactId, userByContact));
            table.AddRow(Cell.Text($"{name} ({owner.Id})"), Cell.Text(owner.Email), Cell.Text(outcome), actingCell);
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{overview.AxcelerateUsers.Count} active aXcelerate user(s); Web Service user contact id: {overview.WebServiceUserContactId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not configured"}.");
        return (overview.Owners.Count(r => !r.ActingUser.IsFallback), overview.Owners.Count(r => r.ActingUser.IsFallback));
    }

    private static string DescribeUser(long? contactId, Dictionary<long, AxcelerateApi.AxcelerateUser> userByContact) =>
        contactId is { } id && userByContact.TryGetValue(id, out var user)
            ? $"{user.ContactName ?? user.Username} (contact {id})"
            : $"contact {contactId}";
}
