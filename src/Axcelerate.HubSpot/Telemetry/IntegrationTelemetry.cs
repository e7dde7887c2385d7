using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Axcelerate.HubSpot.Telemetry;

/// <summary>
/// The integration's instruments. The meter comes from the container's <see cref="IMeterFactory"/>, so each host (and
/// each test) has its own; the activity source is process-wide, as .NET's own sources are.
/// </summary>
internal sealed class IntegrationTelemetry
{
    /// <summary>The source of every span the integration starts.</summary>
    public static readonly ActivitySource Source = new(IntegrationDiagnostics.ActivitySourceName);

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _throttled;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _records;
    private readonly Histogram<double> _syncLatency;
    private long _incomingBacklog;

    public IntegrationTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(IntegrationDiagnostics.MeterName);
        _requests = meter.CreateCounter<long>("axcelerate_hubspot.requests", "{request}", "Requests sent to HubSpot or aXcelerate, one per attempt.");
        _retries = meter.CreateCounter<long>("axcelerate_hubspot.retries", "{request}", "Attempts that repeated an earlier attempt of the same request.");
        _throttled = meter.CreateCounter<long>("axcelerate_hubspot.throttled", "{response}", "429 Too Many Requests answers.");
        _requestDuration = meter.CreateHistogram<double>("axcelerate_hubspot.request.duration", "s", "How long each attempt took, to its response or failure.");
        _records = meter.CreateCounter<long>("axcelerate_hubspot.records", "{record}", "Records handled by a sync operation, by outcome (created, linked, updated, unchanged, skipped, ambiguous, failed).");
        _syncLatency = meter.CreateHistogram<double>("axcelerate_hubspot.sync.latency", "s", "From a change in one system to its arrival in the other.");
        meter.CreateObservableGauge("axcelerate_hubspot.incoming.backlog", () => Volatile.Read(ref _incomingBacklog), "{event}", "Incoming-log entries waiting to be processed, as last counted.");
    }

    /// <summary>Counts one attempt and its answer.</summary>
    public void RecordAttempt(RemoteService service, string method, int? statusCode, bool isRetry, TimeSpan duration, string operation)
    {
        var tags = new TagList
        {
            { "service", ServiceTag(service) },
            { "http.request.method", method },
            { "http.response.status_code", statusCode },
            { "operation", operation },
        };
        _requests.Add(1, tags);
        _requestDuration.Record(duration.TotalSeconds, tags);
        if (isRetry)
        {
            _retries.Add(1, new TagList { { "service", ServiceTag(service) }, { "operation", operation } });
        }

        if (statusCode == 429)
        {
            _throttled.Add(1, new TagList { { "service", ServiceTag(service) }, { "operation", operation } });
        }
    }

    /// <summary>Counts records a sync operation handled with one outcome.</summary>
    /// <param name="operation">The operation, e.g. <c>import</c>.</param>
    /// <param name="entity">The kind of record.</param>
    /// <param name="outcome">The outcome in lower case, e.g. <c>created</c>.</param>
    /// <param name="count">How many; nothing is recorded for zero.</param>
    public void RecordRecords(string operation, MappedEntity entity, string outcome, long count)
    {
        if (count > 0)
        {
            _records.Add(count, new TagList { { "operation", operation }, { "entity", EntityTag(entity) }, { "outcome", outcome } });
        }
    }

    /// <summary>Records how long a change took to arrive on the other side.</summary>
    public void RecordSyncLatency(SyncDirection direction, MappedEntity entity, TimeSpan latency) =>
        _syncLatency.Record(Math.Max(0, latency.TotalSeconds), new TagList { { "direction", direction == SyncDirection.ToHubSpot ? "to_hubspot" : "to_axcelerate" }, { "entity", EntityTag(entity) } });

    /// <summary>Sets the incoming backlog the gauge reports (the processor counts it as it works).</summary>
    public void SetIncomingBacklog(long pending) => Volatile.Write(ref _incomingBacklog, pending);

    /// <summary>Starts a span for a sync operation; null when nobody listens.</summary>
    public static Activity? StartOperation(string operation, MappedEntity? entity = null, string? recordId = null)
    {
        var activity = Source.StartActivity(operation, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("operation", operation);
            if (entity is { } e)
            {
                activity.SetTag("entity", EntityTag(e));
            }

            if (recordId is not null)
            {
                activity.SetTag("record.id", recordId);
            }
        }

        return activity;
    }

    private static string ServiceTag(RemoteService service) => service == RemoteService.HubSpot ? "hubspot" : "axcelerate";

    private static string EntityTag(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact => "contact",
        MappedEntity.Organisation => "organisation",
        MappedEntity.Opportunity => "opportunity",
        _ => entity.ToString().ToLowerInvariant(),
    };
}
