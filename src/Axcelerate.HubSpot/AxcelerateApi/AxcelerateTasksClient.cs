using System.Net;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateTasksClient"/>.</summary>
internal sealed class AxcelerateTasksClient(AxcelerateTransport transport, AxcelerateLookupCache lookups) : IAxcelerateTasksClient
{
    private const string OpportunityStatuses = "opportunityStatuses";

    public async Task<AxcelerateTask?> GetAsync(long taskId, CancellationToken cancellationToken = default)
    {
        var task = await transport.GetOrDefaultAsync<AxcelerateTask>(api => api.GetTask(taskId, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (task?.OpportunityStatus is { } label)
        {
            try
            {
                task.OpportunityStatusId = await ResolveOpportunityStatusIdAsync(label, cancellationToken).ConfigureAwait(false);
            }
            catch (AxcelerateApiException e) when (e.ErrorCode == AxcelerateLookupCache.UnreadableCode)
            {
                // The label is still on the task; only its id is unknown.
            }
        }

        return task;
    }

    public async Task<long> CreateAsync(AxcelerateTaskWrite task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (string.IsNullOrWhiteSpace(task.Name))
        {
            throw new ArgumentException("aXcelerate needs a name to create a task.", nameof(task));
        }

        if (task.TouchesOpportunity && task.MarketingContactId is null)
        {
            throw new ArgumentException(
                "The task sets opportunity or forecast fields but no MarketingContactId: aXcelerate ignores those fields unless marketingContactID is sent.",
                nameof(task));
        }

        var status = await OpportunityStatusOf(task, cancellationToken).ConfigureAwait(false);
        var form = task.ToForm(status.Id, transport.Json.Zone, includeForecastValue: status.Label is null);
        var result = await transport.WriteAsync(api => api.CreateTask(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
        var taskId = result.TaskId ?? throw new AxcelerateApiException(HttpStatusCode.OK, "POST /task/", "aXcelerate did not return the new TASKID.", result.Message, null);
        await WriteStatusByLabelAsync(taskId, status.Label, task.ForecastValue, cancellationToken).ConfigureAwait(false);
        return taskId;
    }

    public async Task UpdateAsync(long taskId, AxcelerateTaskWrite changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var marketingContactId = changes.MarketingContactId;
        AxcelerateTask? current = null;
        if (changes.TouchesOpportunity && marketingContactId is null)
        {
            // aXcelerate drops forecast and opportunity fields from a request without marketingContactID: send the task's own.
            current = await GetAsync(taskId, cancellationToken).ConfigureAwait(false)
                ?? throw new AxcelerateApiException(HttpStatusCode.NotFound, $"GET /task/{taskId}", $"Task {taskId} does not exist.", null, null);
            marketingContactId = current.MarketingContactId
                ?? throw new ArgumentException(
                    $"Task {taskId} is not a marketing opportunity, so aXcelerate would ignore its opportunity and forecast fields; set MarketingContactId to make it one.",
                    nameof(changes));
        }

        var status = await OpportunityStatusOf(changes, cancellationToken).ConfigureAwait(false);
        if (changes.ForecastValue is not null && status is (null, null))
        {
            // aXcelerate refuses a ForecastValue without OpportunityStatus (412): a forecast-only change sends the task's status with it.
            current ??= await GetAsync(taskId, cancellationToken).ConfigureAwait(false)
                ?? throw new AxcelerateApiException(HttpStatusCode.NotFound, $"GET /task/{taskId}", $"Task {taskId} does not exist.", null, null);
            status = current.OpportunityStatusId is { } currentId ? (currentId, null) : (null, current.OpportunityStatus);
        }

        var form = changes.ToForm(status.Id, transport.Json.Zone, marketingContactId, includeForecastValue: status.Label is null);
        await transport.WriteAsync(api => api.UpdateTask(taskId, form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
        await WriteStatusByLabelAsync(taskId, status.Label, changes.ForecastValue, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(long taskId, CancellationToken cancellationToken = default) =>
        await transport.SendAsync(api => api.DeleteTask(taskId, cancellationToken), cancellationToken).ConfigureAwait(false);

    public AsyncPageable<AxcelerateTaskSummary> SearchAsync(AxcelerateTaskSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = search.ToQuery().ToQuery();

        // /tasks has no paging: one page, no continuation.
        return AsyncPageable.Create<AxcelerateTaskSummary>(
            async (token, _, ct) =>
            {
                if (token is not null)
                {
                    throw new InvalidOperationException("A /tasks search is a single page and has no continuation token to resume from.");
                }

                return new Page<AxcelerateTaskSummary>(await transport.GetListAsync<AxcelerateTaskSummary>(api => api.SearchTasks(query, ct), ct).ConfigureAwait(false), null);
            },
            cancellationToken);
    }

    public async Task<MatchResult<AxcelerateTask>> FindOpportunitiesByNameAsync(string name, long? ownerId = null, long? marketingContactId = null, CancellationToken cancellationToken = default)
    {
        var wanted = MatchKeys.TaskName(name) ?? throw new ArgumentException("A task name must not be blank.", nameof(name));

        // The exact, documented name filter (not searchTerm, which also matches owners, statuses and categories and lets
        // other rows push the wanted one past the /tasks row cap); then the task-name rule's own comparison.
        var search = new AxcelerateTaskSearch { Name = wanted, OwnerId = ownerId, MarketingContactId = marketingContactId };
        var matches = new List<AxcelerateTask>();
        await foreach (var row in SearchAsync(search, cancellationToken).ConfigureAwait(false))
        {
            if (!string.Equals(MatchKeys.TaskName(row.Name), wanted, StringComparison.Ordinal))
            {
                continue;
            }

            // /tasks rows do not say whether a task is a marketing opportunity: read the task.
            if (await GetAsync(row.TaskId, cancellationToken).ConfigureAwait(false) is { IsMarketingOpportunity: true } task
                && (marketingContactId is null || task.MarketingContactId == marketingContactId))
            {
                matches.Add(task);
            }
        }

        return MatchResult.From<AxcelerateTask>(matches);
    }

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("statuses", transport, cancellationToken);

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("priorities", transport, cancellationToken);

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("categories", transport, cancellationToken);

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetOpportunityStatusesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync(OpportunityStatuses, transport, cancellationToken);

    public async Task<int?> ResolveOpportunityStatusIdAsync(string label, CancellationToken cancellationToken = default) =>
        (await FindStatusAsync(label, cancellationToken).ConfigureAwait(false))?.Id;

    public async Task<string?> ResolveOpportunityStatusLabelAsync(int id, CancellationToken cancellationToken = default)
    {
        var statuses = await GetOpportunityStatusesAsync(cancellationToken).ConfigureAwait(false);
        return statuses.FirstOrDefault(s => s.Id == id)?.Name;
    }

    private async Task<AxcelerateLookupItem?> FindStatusAsync(string label, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var statuses = await GetOpportunityStatusesAsync(cancellationToken).ConfigureAwait(false);
        return statuses.FirstOrDefault(s => string.Equals(s.Name.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The id to send as <c>OpportunityStatus</c>, or the label to write through the follow-up endpoint when the account's lookup gives no ids.</summary>
    private async Task<(int? Id, string? Label)> OpportunityStatusOf(AxcelerateTaskWrite task, CancellationToken cancellationToken)
    {
        if (task.OpportunityStatusId is { } id)
        {
            return (id, null);
        }

        if (string.IsNullOrWhiteSpace(task.OpportunityStatus))
        {
            return (null, null);
        }

        var label = task.OpportunityStatus.Trim();
        AxcelerateLookupItem? status;
        try
        {
            status = await FindStatusAsync(label, cancellationToken).ConfigureAwait(false);
            if (status is null)
            {
                // The account's statuses may have changed since they were cached: reload once before giving up.
                lookups.Invalidate(OpportunityStatuses);
                status = await FindStatusAsync(label, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (AxcelerateApiException e) when (e.ErrorCode == AxcelerateLookupCache.UnreadableCode)
        {
            // The lookup cannot be read: write the label, which aXcelerate validates itself.
            return (null, label);
        }

        return status switch
        {
            { Id: { } found } => (found, null),
            { } labelOnly => (null, labelOnly.Name),
            null => throw new ArgumentException($"'{task.OpportunityStatus}' is not an opportunity status of this aXcelerate account (see /task/opportunityStatuses).", nameof(task)),
        };
    }

    /// <summary>The documented label write: <c>PUT /followUp/{taskId}?legacyTask=false</c> with <c>OppertunityStatus</c> (sic).</summary>
    private async Task WriteStatusByLabelAsync(long taskId, string? label, decimal? forecastValue, CancellationToken cancellationToken)
    {
        if (label is null)
        {
            return;
        }

        var form = new AxcelerateForm()
            .Add("legacyTask", false)
            .Add("OppertunityStatus", label)
            .Add("ForecastValue", forecastValue);
        await transport.WriteAsync(api => api.UpdateFollowUp(taskId, form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }
}
