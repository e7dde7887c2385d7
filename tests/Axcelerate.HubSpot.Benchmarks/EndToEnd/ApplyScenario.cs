using System.Diagnostics;
using System.Globalization;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// <c>apply</c>: N linked contacts edited in HubSpot, their webhooks delivered by the sandbox to <c>MapHubSpotWebhooks</c>
/// and logged; then the processor applies them to aXcelerate at its rate limit. Prints events applied per second and
/// the ratio to the limit's floor (one aXcelerate update per event plus one read of the current records per 100).
/// </summary>
public sealed class ApplyScenario : IScenario
{
    public string Name => "apply";

    public string Description => "N webhook changes applied to aXcelerate at its rate limit, ratio to the limit [--n 300] [--ax-per-minute 150]";

    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var n = args.Int("n", 300);
        var perMinute = args.Int("ax-per-minute", 150);
        await using var rig = await WebhookRig.StartAsync(n, perMinute, background: false, integration: null, cancellationToken);
        rig.Subscribe("city", autoDeliver: false);
        foreach (var id in rig.ContactIds)
        {
            rig.Env.Sandbox.HubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, id, new Dictionary<string, string?> { ["city"] = "Melbourne" });
        }

        var delivered = 0;
        while (rig.Env.Sandbox.HubSpot.PendingWebhookEvents > 0)
        {
            delivered += await rig.Env.Sandbox.HubSpot.DeliverPendingWebhooksAsync(cancellationToken);
        }

        Console.WriteLine($"{n} contacts edited in HubSpot; {delivered} webhook deliveries logged.");
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        rig.Env.ClearCounts();
        var rate = perMinute / 60.0;
        var minimum = n + ((n + 99) / 100);
        var floor = minimum / rate;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Floor: {n} aXcelerate updates + {(n + 99) / 100} reads of the current records = {minimum} calls at {rate:0.##}/s = {floor:0.0} s."));
        var processor = rig.Services.GetRequiredService<IWebhookProcessor>();
        int succeeded = 0, failed = 0, other = 0;
        var watch = Stopwatch.StartNew();
        while ((await processor.ProcessDueAsync(cancellationToken)).Entries is { Count: > 0 } entries)
        {
            foreach (var entry in entries)
            {
                switch (entry.Status)
                {
                    case Storage.IncomingStatus.Succeeded: succeeded++; break;
                    case Storage.IncomingStatus.Failed: failed++; break;
                    default: other++; break;
                }
            }
        }

        watch.Stop();
        var applied = rig.Env.Sandbox.Axcelerate.Contacts.Count(c => c["CITY"] == "Melbourne");
        var writes = rig.Env.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method != "GET");
        Console.WriteLine(ImportFloor.CallBreakdown(rig.Env));
        var perSecond = applied / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"apply: {applied} of {n} changes applied in {watch.Elapsed.TotalSeconds:0.0} s = {perSecond:0.00} events/s at aXcelerate's {rate:0.##} requests/s, entries succeeded {succeeded} failed {failed} other {other}, aXcelerate {rig.Env.AxcelerateCalls} calls ({writes} writes), HubSpot {rig.Env.HubSpotCalls} calls, 429s {rig.Env.TooManyRequests}; {perSecond / (n / floor):0.00}x the limit's rate ({watch.Elapsed.TotalSeconds / floor:0.00}x floor {floor:0.0} s)"));
        return applied == n && failed == 0 ? 0 : 1;
    }
}
