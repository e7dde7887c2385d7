using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>What part 6 of the default run did.</summary>
/// <param name="ContactLinked">The aXcelerate contact found in HubSpot by email and linked, or null.</param>
/// <param name="ContactExported">The aXcelerate contact exported (or linked to the contact HubSpot already had), or null.</param>
/// <param name="OrganisationExported">The aXcelerate organisation exported as a company, or null.</param>
/// <param name="OpportunityExported">The aXcelerate opportunity exported as a deal, or null.</param>
internal sealed record LinkExportTotals(long? ContactLinked, long? ContactExported, long? OrganisationExported, long? OpportunityExported);

/// <summary>
/// Part 6 (the HubSpot profile sections): after the import, an unlinked aXcelerate contact is found in HubSpot by its
/// email and linked, another is exported, and an unlinked organisation and marketing opportunity are exported.
/// </summary>
internal static class LinkExportScreen
{
    private const int MaxAttempts = 15;

    public static async Task<LinkExportTotals?> RunAsync(SampleEnvironment environment, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (environment.Sandbox is null)
        {
            console.MarkupLine("[bold]6. Link & export[/]: not run against configured services; use [bold]link[/], [bold]export[/], [bold]deals[/] and [bold]add-deal[/] (see --help).");
            return null;
        }

        var services = environment.Services;
        var axcelerate = services.GetRequiredService<IAxcelerateClient>();
        var store = services.GetRequiredService<IRecordLinkStore>();
        var contactLinks = services.GetRequiredService<IContactLinkService>();
        var rows = new List<(string Action, LinkResult Result)>();

        // Unlinked aXcelerate contacts with an email; those sharing one with another contact are the ones the import
        // could not link (ambiguous), so they are tried first for the search by email.
        var contacts = new List<AxcelerateContact>();
        await foreach (var contact in axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch(), cancellationToken).ConfigureAwait(false))
        {
            contacts.Add(contact);
        }

        var linkedContacts = await store.FindByAxcelerateIdsAsync(MappedEntity.Contact, contacts.Select(c => c.ContactId).ToList(), cancellationToken).ConfigureAwait(false);
        var webServiceUser = environment.Options.Users.WebServiceUserContactId; // a login, not a person to export
        var unlinked = contacts
            .Where(c => !linkedContacts.ContainsKey(c.ContactId) && c.ContactId != webServiceUser && !string.IsNullOrWhiteSpace(c.EmailAddress))
            .ToList();
        var shared = unlinked.GroupBy(c => c.EmailAddress!.Trim().ToLowerInvariant()).Where(g => contacts.Count(c => string.Equals(c.EmailAddress?.Trim(), g.Key, StringComparison.OrdinalIgnoreCase)) > 1).SelectMany(g => g).ToList();

        long? linkedId = null;
        foreach (var contact in shared.Concat(unlinked.Except(shared)).Take(MaxAttempts))
        {
            var found = await contactLinks.GetCandidatesAsync(contact.ContactId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (found.Candidates.FirstOrDefault(c => !c.IsLinked) is { } candidate)
            {
                var result = await contactLinks.LinkAsync(contact.ContactId, candidate.HubSpotId, cancellationToken).ConfigureAwait(false);
                rows.Add(($"Contact found by email {found.SearchedFor} and linked", result));
                linkedId = result.Succeeded ? contact.ContactId : null;
                break;
            }
        }

        long? exportedId = null;
        if (unlinked.Where(c => c.ContactId != linkedId).Except(shared).FirstOrDefault() is { } toExport)
        {
            var result = await contactLinks.ExportAsync(toExport.ContactId, cancellationToken).ConfigureAwait(false);
            rows.Add(("Contact exported", result));
            exportedId = result.Succeeded ? toExport.ContactId : null;
        }

        var organisationId = await ExportOrganisationAsync(services, axcelerate, store, rows, cancellationToken).ConfigureAwait(false);
        var opportunityId = await ExportOpportunityAsync(services, axcelerate, store, rows, cancellationToken).ConfigureAwait(false);

        LinkingScreen.ShowResults(rows, console, "6. Link & export from aXcelerate records");
        return new LinkExportTotals(linkedId, exportedId, organisationId, opportunityId);
    }

    private static async Task<long?> ExportOrganisationAsync(IServiceProvider services, IAxcelerateClient axcelerate, IRecordLinkStore store, List<(string, LinkResult)> rows, CancellationToken cancellationToken)
    {
        var organisations = new List<long>();
        await foreach (var organisation in axcelerate.Organisations.SearchAsync(new AxcelerateOrganisationSearch(), cancellationToken).ConfigureAwait(false))
        {
            organisations.Add(organisation.OrganisationId);
        }

        var linked = await store.FindByAxcelerateIdsAsync(MappedEntity.Organisation, organisations, cancellationToken).ConfigureAwait(false);
        if (organisations.FirstOrDefault(o => !linked.ContainsKey(o)) is not (> 0 and var id))
        {
            return null;
        }

        var result = await services.GetRequiredService<IOrganisationLinkService>().ExportAsync(id, cancellationToken).ConfigureAwait(false);
        rows.Add(("Organisation exported as a company (one-time push)", result));
        return result.Succeeded ? id : null;
    }

    // An unlinked marketing opportunity whose marketing contact is linked and whose status is mapped; the first
    // refusal met on the way is shown too, with its reason.
    private static async Task<long?> ExportOpportunityAsync(IServiceProvider services, IAxcelerateClient axcelerate, IRecordLinkStore store, List<(string, LinkResult)> rows, CancellationToken cancellationToken)
    {
        var tasks = new List<long>();
        await foreach (var task in axcelerate.Tasks.SearchAsync(new AxcelerateTaskSearch(), cancellationToken).ConfigureAwait(false))
        {
            tasks.Add(task.TaskId);
        }

        var linked = await store.FindByAxcelerateIdsAsync(MappedEntity.Opportunity, tasks, cancellationToken).ConfigureAwait(false);
        var opportunities = services.GetRequiredService<IOpportunityLinkService>();
        LinkResult? firstRefusal = null;
        foreach (var id in tasks.Where(t => !linked.ContainsKey(t)).Take(MaxAttempts))
        {
            var result = await opportunities.ExportAsync(id, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                if (firstRefusal is not null)
                {
                    rows.Add(("Opportunity export refused", firstRefusal));
                }

                rows.Add(("Opportunity exported as a deal (one-time push)", result));
                return id;
            }

            if (result.Refusal != LinkRefusal.NotAnOpportunity)
            {
                firstRefusal ??= result;
            }
        }

        if (firstRefusal is not null)
        {
            rows.Add(("Opportunity export refused", firstRefusal));
        }

        return null;
    }
}
