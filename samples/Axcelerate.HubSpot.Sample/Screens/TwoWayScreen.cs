using System.Globalization;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>What part 7 of the default run did.</summary>
/// <param name="AppliedContact">The aXcelerate contact a HubSpot user's edit was applied to, by signed webhook.</param>
/// <param name="AppliedPosition">Its position in aXcelerate afterwards (HubSpot's job title).</param>
/// <param name="PushedContact">The aXcelerate contact edited in aXcelerate and pushed to HubSpot.</param>
/// <param name="PushedCity">The city HubSpot shows for it afterwards.</param>
/// <param name="EchoesSkipped">Incoming entries skipped as echoes of the integration's own HubSpot writes.</param>
/// <param name="RerunEntry">The incoming entry that failed, then was reset and re-run.</param>
/// <param name="FailedReason">Why it failed first.</param>
/// <param name="RerunStatus">How its re-run ended.</param>
/// <param name="RerunPosition">The contact's position in aXcelerate after the re-run.</param>
/// <param name="Deliveries">The HTTP status of every webhook request the endpoint answered.</param>
internal sealed record TwoWayTotals(
    long AppliedContact,
    string? AppliedPosition,
    long PushedContact,
    string? PushedCity,
    int EchoesSkipped,
    long RerunEntry,
    string FailedReason,
    IncomingStatus RerunStatus,
    string? RerunPosition,
    IReadOnlyList<int> Deliveries);

/// <summary>
/// Part 7 (two-way sync): the real webhook endpoint hosted in process; a HubSpot user's edit arrives by signed webhook
/// and updates aXcelerate, an aXcelerate edit is pushed to HubSpot and its echo is skipped, and an event that fails is
/// reset and re-run. Both logs are shown.
/// </summary>
internal static class TwoWayScreen
{
    public const string JobTitle = "Head of Training (edited in HubSpot)";
    public const string SecondJobTitle = "Training Manager (edited in HubSpot)";
    public const string City = "Toowoomba";
    private const string WebhookPath = "/hubspot/webhooks";

    // The contact properties the demo's webhook subscription names (HubSpot lists property changes one by one).
    private static readonly string[] Subscribed = ["firstname", "lastname", "email", "jobtitle", "city", "phone", "mobilephone"];

    public static async Task<TwoWayTotals?> RunAsync(SampleEnvironment environment, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (environment.Sandbox is not { } sandbox)
        {
            console.MarkupLine("[bold]7. Two-way sync[/]: not run against configured services; use [bold]serve[/] (webhooks in), [bold]push contact ID[/] and [bold]logs incoming|outgoing|reset|rerun[/] (see --help).");
            return null;
        }

        var started = TimeProvider.System.GetUtcNow();
        var (hubSpotEdited, axcelerateEdited) = await PickLinkedContactsAsync(environment, sandbox, cancellationToken).ConfigureAwait(false);

        // The real endpoint, on a free loopback port, over the same integration and store file as the rest of the demo.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        environment.AddIntegrationTo(builder.Services);
        var app = builder.Build();
        await using var _ = app.ConfigureAwait(false);
        app.MapHubSpotWebhooks(WebhookPath);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var target = new Uri(app.Urls.First().TrimEnd('/') + WebhookPath);

        // HubSpot's app signs with its client secret; deliveries are sent when the demo flushes them.
        var subscription = new HubSpotWebhookOptions { AutoDeliverInterval = null, MaxRetries = 0 };
        subscription.Events.Add(HubSpotWebhookEvent.Creation(HubSpotObjectType.Contacts));
        foreach (var property in Subscribed)
        {
            subscription.Events.Add(HubSpotWebhookEvent.PropertyChange(HubSpotObjectType.Contacts, property));
        }

        sandbox.HubSpot.SubscribeWebhooks(target, sandbox.HubSpot.Options.OAuthClientSecret, subscription);
        console.MarkupLineInterpolated($"[bold]7. Two-way sync[/]: HubSpot's webhooks signed with the app's client secret to [bold]{target}[/] (MapHubSpotWebhooks on Kestrel); contact update webhooks and contact push on.");

        var scope = app.Services.CreateAsyncScope();
        await using var __ = scope.ConfigureAwait(false);
        var services = scope.ServiceProvider;
        await services.GetRequiredService<Settings.ISyncSettingsService>().SetAsync(
            new Dictionary<SyncFlow, bool> { [SyncFlow.ContactUpdateWebhook] = true, [SyncFlow.PushContactOnUpdate] = true },
            cancellationToken).ConfigureAwait(false);
        var processor = services.GetRequiredService<IWebhookProcessor>();
        var incoming = services.GetRequiredService<IIncomingLog>();
        var deliveries = new List<int>();

        // HubSpot → aXcelerate: a user edits the job title; the signed webhook lands and is applied.
        sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, hubSpotEdited.HubSpotId, new Dictionary<string, string?> { ["jobtitle"] = JobTitle });
        await DeliverAndProcessAsync(sandbox, processor, deliveries, cancellationToken).ConfigureAwait(false);
        var position = sandbox.Axcelerate.GetContact((int)hubSpotEdited.AxcelerateId)?["POSITION"];

        // aXcelerate → HubSpot: a user edits the city in aXcelerate; the push writes it; HubSpot's webhook of that write is an echo.
        sandbox.Axcelerate.UpdateContact((int)axcelerateEdited.AxcelerateId, new Dictionary<string, string?> { ["CITY"] = City });
        var pushed = await services.GetRequiredService<IContactPushService>().PushAsync(axcelerateEdited.AxcelerateId, cancellationToken).ConfigureAwait(false);
        if (pushed.Outcome != ContactPushOutcome.Updated)
        {
            throw new InvalidOperationException($"Step 7: pushing aXcelerate contact {axcelerateEdited.AxcelerateId} ended {pushed.Outcome}: {pushed.Reason}");
        }

        var city = sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, axcelerateEdited.HubSpotId)?["city"];
        await DeliverAndProcessAsync(sandbox, processor, deliveries, cancellationToken).ConfigureAwait(false);

        // A failure: the user edits the job title again while aXcelerate has the contact locked (423, not transient,
        // so the entry fails at once instead of waiting for a retry); once it is free, the entry is reset and re-run
        // (the record is re-read from HubSpot, never replayed from the payload).
        sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, hubSpotEdited.HubSpotId, new Dictionary<string, string?> { ["jobtitle"] = SecondJobTitle });
        sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.Locked) { Count = 1, Method = "PUT", PathContains = $"/contact/{hubSpotEdited.AxcelerateId}" });
        var locked = await DeliverAndProcessAsync(sandbox, processor, deliveries, cancellationToken).ConfigureAwait(false);
        var failed = locked.FirstOrDefault(e => e.Status == IncomingStatus.Failed)
            ?? throw new InvalidOperationException($"Step 7: the webhook met by aXcelerate's 423 did not fail ({string.Join("; ", locked.Select(e => $"{e.Status}: {e.Result ?? e.Error}"))}).");
        var failedReason = failed.Error ?? "";
        await incoming.ResetAsync(failed.Id, cancellationToken).ConfigureAwait(false);
        var rerun = await incoming.RerunAsync(failed.Id, cancellationToken).ConfigureAwait(false);
        var rerunPosition = sandbox.Axcelerate.GetContact((int)hubSpotEdited.AxcelerateId)?["POSITION"];

        var entries = new List<IncomingLogEntry>();
        await foreach (var entry in incoming.SearchAsync(new IncomingLogQuery { OldestFirst = true }, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }

        var outgoing = new List<OutgoingLogEntry>();
        await foreach (var entry in services.GetRequiredService<IOutgoingLog>().SearchAsync(new OutgoingLogSearch { From = started }, cancellationToken).ConfigureAwait(false))
        {
            if (!string.Equals(entry.Method, "GET", StringComparison.OrdinalIgnoreCase))
            {
                outgoing.Add(entry);
            }
        }

        await app.StopAsync(cancellationToken).ConfigureAwait(false);

        var totals = new TwoWayTotals(
            hubSpotEdited.AxcelerateId,
            position,
            axcelerateEdited.AxcelerateId,
            city,
            entries.Count(e => e.Status == IncomingStatus.Skipped && (e.Error ?? "").Contains("echo", StringComparison.OrdinalIgnoreCase)),
            failed.Id,
            failedReason,
            rerun.Status,
            rerunPosition,
            deliveries);
        Show(console, totals, hubSpotEdited.HubSpotId, axcelerateEdited.HubSpotId, entries, outgoing);
        return totals;
    }

    private static void Show(IAnsiConsole console, TwoWayTotals totals, string hubSpotEdited, string hubSpotPushed, List<IncomingLogEntry> entries, List<OutgoingLogEntry> outgoing)
    {
        var steps = new Table().Title("7. Two-way sync through the webhook endpoint (signed, in process)").AddColumns("Step", "Outcome");
        steps.AddRow(
            Cell.Text($"HubSpot user edits contact {hubSpotEdited}'s job title → webhook → aXcelerate contact {totals.AppliedContact}"),
            totals.AppliedPosition == JobTitle ? Cell.Good($"POSITION is now '{totals.AppliedPosition}'") : Cell.Bad($"POSITION is '{totals.AppliedPosition}'"));
        steps.AddRow(
            Cell.Text($"aXcelerate user edits contact {totals.PushedContact}'s city → push → HubSpot contact {hubSpotPushed}"),
            totals.PushedCity == City ? Cell.Good($"city is now '{totals.PushedCity}'") : Cell.Bad($"city is '{totals.PushedCity}'"));
        steps.AddRow(
            Cell.Text("HubSpot's webhook of the push (changeSource INTEGRATION, our app id)"),
            totals.EchoesSkipped > 0 ? Cell.Good($"{totals.EchoesSkipped} echo(es) skipped, nothing written back") : Cell.Bad("no echo skipped"));
        steps.AddRow(
            Cell.Text($"HubSpot user edits the job title again while aXcelerate has contact {totals.AppliedContact} locked → entry {totals.RerunEntry}"),
            Cell.Warn($"Failed: {totals.FailedReason}"));
        steps.AddRow(
            Cell.Text($"Entry {totals.RerunEntry} reset and re-run"),
            totals.RerunStatus == IncomingStatus.Succeeded && totals.RerunPosition == SecondJobTitle
                ? Cell.Good($"Succeeded; POSITION is now '{totals.RerunPosition}'")
                : Cell.Bad($"{totals.RerunStatus}; POSITION is '{totals.RerunPosition}'"));
        steps.AddRow(
            Cell.Text("Webhook requests answered by the endpoint"),
            totals.Deliveries.All(d => d == 200) ? Cell.Good($"{totals.Deliveries.Count} × 200") : Cell.Bad(string.Join(", ", totals.Deliveries)));
        console.Write(steps);

        var log = new Table().Title("7. Incoming log (HubSpot webhooks), oldest first").AddColumns("Id", "Status", "Type", "Object", "Attempts", "Result / error");
        foreach (var e in entries)
        {
            log.AddRow(
                Cell.Text(e.Id.ToString(CultureInfo.InvariantCulture)),
                e.Status switch { IncomingStatus.Succeeded => Cell.Good("Succeeded"), IncomingStatus.Skipped => Cell.Warn("Skipped"), _ => Cell.Bad(e.Status.ToString()) },
                Cell.Text(e.SubscriptionType + PropertyOf(e)),
                Cell.Text(e.ObjectId),
                Cell.Text(e.Attempts.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(e.Result ?? e.Error));
        }

        console.Write(log);

        var writes = new Table().Title("7. Outgoing log: this step's calls (GETs left out), oldest first").AddColumns("Id", "Service", "Request", "HTTP", "Operation", "Record");
        foreach (var e in outgoing.OrderBy(e => e.Id))
        {
            writes.AddRow(
                Cell.Text(e.Id.ToString(CultureInfo.InvariantCulture)),
                Cell.Text(e.Service?.ToString()),
                Cell.Text($"{e.Method} {e.Path}"),
                e.Status == OutgoingStatus.Succeeded ? Cell.Good(e.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "ok") : Cell.Bad(e.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? e.Status.ToString()),
                Cell.Text(e.Operation),
                Cell.Text(e.Entity is { } entity ? $"{entity} {e.RecordId}" : e.RecordId));
        }

        console.Write(writes);
    }

    private static string PropertyOf(IncomingLogEntry entry)
    {
        try
        {
            using var payload = System.Text.Json.JsonDocument.Parse(entry.Payload);
            return payload.RootElement.TryGetProperty("propertyName", out var name) ? $" ({name.GetString()})" : "";
        }
        catch (System.Text.Json.JsonException)
        {
            return "";
        }
    }

    // Sends the pending webhook requests to the endpoint, then processes until nothing is due; returns what was finished.
    private static async Task<List<IncomingLogEntry>> DeliverAndProcessAsync(IntegrationSandbox sandbox, IWebhookProcessor processor, List<int> deliveries, CancellationToken cancellationToken)
    {
        var before = sandbox.HubSpot.WebhookDeliveries.Count;
        await sandbox.HubSpot.DeliverPendingWebhooksAsync(cancellationToken).ConfigureAwait(false);
        var sent = sandbox.HubSpot.WebhookDeliveries.Skip(before).ToList();
        deliveries.AddRange(sent.Select(d => d.StatusCode is { } code ? (int)code : 0));
        if (sent.Count == 0 || sent.Any(d => !d.Succeeded))
        {
            throw new InvalidOperationException($"Step 7: the webhook endpoint answered {(sent.Count == 0 ? "nothing (no request sent)" : string.Join(", ", sent.Select(d => d.StatusCode?.ToString() ?? "no response")))}.");
        }

        var done = new List<IncomingLogEntry>();
        while ((await processor.ProcessDueAsync(cancellationToken).ConfigureAwait(false)).Entries is { Count: > 0 } entries)
        {
            done.AddRange(entries);
        }

        return done;
    }

    // Two linked aXcelerate contacts with a surname (the lowest ids, so a run is repeatable): one to edit in HubSpot,
    // one to edit in aXcelerate.
    private static async Task<(RecordLink HubSpotEdited, RecordLink AxcelerateEdited)> PickLinkedContactsAsync(SampleEnvironment environment, IntegrationSandbox sandbox, CancellationToken cancellationToken)
    {
        var candidates = sandbox.Axcelerate.Contacts
            .Where(c => c.Id != sandbox.Axcelerate.WebServiceContactId && !string.IsNullOrWhiteSpace(c["SURNAME"]))
            .Select(c => (long)c.Id)
            .Order()
            .ToList();
        var links = await environment.Services.GetRequiredService<IRecordLinkStore>().FindByAxcelerateIdsAsync(MappedEntity.Contact, candidates, cancellationToken).ConfigureAwait(false);
        var linked = candidates.Where(links.ContainsKey).Select(id => links[id]).Take(2).ToList();
        return linked.Count == 2
            ? (linked[0], linked[1])
            : throw new InvalidOperationException("Step 7 needs two linked contacts; the import linked fewer.");
    }
}
