using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Telemetry;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.Faults;
using Axcelerate.HubSpot.Testing.HubSpot.Owners;
using Axcelerate.HubSpot.Tests.Import;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Axcelerate.HubSpot.Tests.Telemetry;

/// <summary>The integration's spans and metrics, collected in process the way OpenTelemetry collects them, over real HTTP.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task An_import_emits_an_operation_span_with_a_client_span_per_request_and_counts_requests_and_records()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddHubSpotContact("Ada", "Lovelace", "ada@example.edu.au");
        host.AddHubSpotContact("Grace", "Hopper", "grace@example.edu.au");
        var meters = host.Get<IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.requests");
        using var records = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.records");
        using var spans = new SpanCollector();

        using (spans.StartRoot())
        {
            await host.Import().ImportPageAsync(new ImportRequest(MappedEntity.Contact));
        }

        var operation = spans.Completed.Should().ContainSingle(a => a.OperationName == "import.page").Subject;
        operation.GetTagItem("entity").Should().Be("contact");
        var clientSpans = spans.Completed.Where(a => a.Kind == ActivityKind.Client).ToList();
        clientSpans.Should().NotBeEmpty().And.OnlyContain(a => a.ParentSpanId == operation.SpanId || IsBelow(a, operation, spans.Completed), "every request made by the import belongs to its span");
        clientSpans.Select(a => a.GetTagItem("service")).Should().Contain(["hubspot", "axcelerate"]);
        clientSpans.Should().OnlyContain(a => !((string)a.GetTagItem("url.path")!).Contains('?'), "queries may carry personal data; spans carry the path only");

        var journalled = host.Sandbox.HubSpot.Journal.Entries.Count + host.Sandbox.Axcelerate.Journal.Entries.Count;
        requests.GetMeasurementSnapshot().Sum(m => m.Value).Should().Be(journalled, "one count per request the two services received");
        requests.GetMeasurementSnapshot().Should().OnlyContain(m => (string)m.Tags["operation"]! == "import");
        records.GetMeasurementSnapshot().Should().ContainSingle(m => (string)m.Tags["outcome"]! == "created").Which.Value.Should().Be(2);
    }

    [Fact]
    public async Task Retries_and_429s_are_counted_per_attempt_under_one_request_span()
    {
        await using var host = await SandboxHost.StartAsync();
        var meters = host.Get<IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.requests");
        using var retries = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.retries");
        using var throttled = new MetricCollector<long>(meters, IntegrationDiagnostics.MeterName, "axcelerate_hubspot.throttled");
        using var spans = new SpanCollector();
        host.Sandbox.HubSpot.AddOwner(new SandboxHubSpotOwner("501", 9001, "sam.lee@example.edu.au", "Sam", "Lee"));
        host.Sandbox.HubSpot.Faults.FailNext(1, SandboxFault.ServiceUnavailable, "/crm/owners");
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, RetryAfter = TimeSpan.FromMilliseconds(10) });

        using (spans.StartRoot())
        {
            await host.HubSpot.Owners.GetAsync("501");
            await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "Sam", Surname = "Lee" });
        }

        var byService = requests.GetMeasurementSnapshot().ToLookup(m => (string)m.Tags["service"]!);
        byService["hubspot"].Select(m => m.Tags["http.response.status_code"]).Should().Equal(503, 200);
        byService["axcelerate"].Select(m => m.Tags["http.response.status_code"]).Should().Equal(429, 200);
        retries.GetMeasurementSnapshot().Select(m => m.Tags["service"]).Should().BeEquivalentTo(["hubspot", "axcelerate"]);
        throttled.GetMeasurementSnapshot().Should().ContainSingle().Which.Tags["service"].Should().Be("axcelerate");
        var clientSpans = spans.Completed.Where(a => a.Kind == ActivityKind.Client).ToList();
        clientSpans.Should().HaveCount(2, "one span per request, around all its attempts");
        clientSpans.Should().OnlyContain(a => (int)a.GetTagItem("attempts")! == 2 && a.Status == ActivityStatusCode.Unset);
    }

    private static bool IsBelow(Activity activity, Activity ancestor, IReadOnlyCollection<Activity> all)
    {
        var byId = all.ToDictionary(a => a.SpanId);
        for (var current = activity; current is not null; current = byId.GetValueOrDefault(current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Listens to the integration's source and keeps the spans of this test's trace only (tests run in parallel).</summary>
    private sealed class SpanCollector : IDisposable
    {
        private static readonly ActivitySource TestSource = new("Axcelerate.HubSpot.Tests.Telemetry");
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _completed = new();
        private ActivityTraceId? _trace;

        public SpanCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name is IntegrationDiagnostics.ActivitySourceName or "Axcelerate.HubSpot.Tests.Telemetry",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (a.TraceId == _trace && a.Source.Name == IntegrationDiagnostics.ActivitySourceName)
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
            _trace = root.TraceId;
            return root;
        }

        public void Dispose() => _listener.Dispose();
    }
}
