using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Telemetry;
using Axcelerate.HubSpot.Tests.Webhooks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Axcelerate.HubSpot.Tests.TwoWay;

/// <summary>The webhook pass and the contact push report spans, record counts, sync latency and the incoming backlog.</summary>
public sealed class TwoWayTelemetryTests
{
    [Fact]
    public async Task The_webhook_pass_and_the_push_emit_their_spans_counts_and_latencies_and_the_backlog_is_counted()
    {
        await using var bed = await WebhookTestBed.StartAsync();
        var meters = bed.Host.Get<IMeterFactory>();
        using var records = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.records");
        using var latency = new MetricCollector<double>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.sync.latency");
        using var backlog = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.incoming.backlog");
        using var spans = new SpanCollector();
        var hubSpotId = bed.AddHubSpotContact("Ada", "Lovelace", "ada@example.edu.au", new Dictionary<string, string?> { ["jobtitle"] = "Analyst" });
        await bed.DeliverAsync();
        var queued = (await bed.EntriesAsync()).Count;
        bed.Clock.Advance(TimeSpan.FromSeconds(30)); // the events occurred half a minute before they are processed

        List<HubSpot.Storage.IncomingLogEntry> done;
        using (spans.StartRoot())
        {
            done = await bed.ProcessAllAsync();
        }

        spans.Completed.Should().Contain(a => a.OperationName == "webhook");
        records.GetMeasurementSnapshot().Where(m => (string)m.Tags["operation"]! == "webhook" && (string)m.Tags["outcome"]! == "succeeded" && (string)m.Tags["entity"]! == "contact")
            .Sum(m => m.Value).Should().Be(queued).And.Be(done.Count);
        latency.GetMeasurementSnapshot().Where(m => (string)m.Tags["direction"]! == "to_axcelerate").Should().HaveCount(queued)
            .And.OnlyContain(m => m.Value >= 30, "each event occurred 30 seconds (of the sandbox's clock) before it was applied");
        backlog.RecordObservableInstruments();
        backlog.LastMeasurement!.Value.Should().Be(0, "everything was processed");

        // aXcelerate changes the contact; the push carries it to HubSpot.
        var axId = (await bed.Links.FindByHubSpotIdAsync(MappedEntity.Contact, hubSpotId))!.AxcelerateId;
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        bed.Host.Sandbox.Axcelerate.UpdateContact((int)axId, new Dictionary<string, string?> { ["POSITION"] = "Mathematician" });
        bed.Clock.Advance(TimeSpan.FromMinutes(3));
        using (spans.StartRoot())
        {
            (await bed.Host.Get<IContactPushService>().PushAsync(axId)).Outcome.Should().Be(ContactPushOutcome.Updated);
        }

        spans.Completed.Should().Contain(a => a.OperationName == "push" && (string?)a.GetTagItem("record.id") == WebhookTestBed.Id(axId));
        records.GetMeasurementSnapshot().Should().ContainSingle(m => (string)m.Tags["operation"]! == "push")
            .Which.Tags["outcome"].Should().Be("updated");
        latency.GetMeasurementSnapshot().Should().ContainSingle(m => (string)m.Tags["direction"]! == "to_hubspot")
            .Which.Value.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(2).TotalSeconds, "aXcelerate's change time is known to the minute, three minutes before the push");

        // Entries left pending (a failing aXcelerate) are the backlog.
        await bed.SetFlowAsync(SyncFlow.ContactUpdateWebhook, true);
        bed.Host.Sandbox.Axcelerate.Faults.Add(new Testing.Faults.FaultRule(Testing.Faults.SandboxFault.ServiceUnavailable));
        bed.Edit(hubSpotId, "city", "London");
        await bed.DeliverAsync();
        (await bed.Processor.ProcessDueAsync()).Retrying.Should().Be(1);
        backlog.RecordObservableInstruments();
        backlog.LastMeasurement!.Value.Should().Be(1);
    }

    /// <summary>Keeps the integration's spans of this test's traces only (tests run in parallel).</summary>
    private sealed class SpanCollector : IDisposable
    {
        private static readonly ActivitySource TestSource = new("Axcelerate.HubSpot.Tests.TwoWay");
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _completed = new();
        private readonly ConcurrentDictionary<ActivityTraceId, bool> _traces = new();

        public SpanCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name is IntegrationDiagnostics.ActivitySourceName or "Axcelerate.HubSpot.Tests.TwoWay",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (_traces.ContainsKey(a.TraceId) && a.Source.Name == IntegrationDiagnostics.ActivitySourceName)
                    {
                        _completed.Enqueue(a);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyCollection<Activity> Completed => _completed.ToArray();

        public Activity StartRoot()
        {
            var root = TestSource.StartActivity("test")!;
            _traces[root.TraceId] = true;
            return root;
        }

        public void Dispose() => _listener.Dispose();
    }
}
