using System.Net;
using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Implements <see cref="IAxcelerateTasksClient"/>.</summary>
internal sealed class AxcelerateTasksClient(AxcelerateTransport transport, AxcelerateLookupCache lookups) : IAxcelerateTasksClient
{
    public async Task<AxcelerateTask?> GetAsync(long taskId, CancellationToken cancellationToken = default)
    {
        var task = await transport.GetOrDefaultAsync<AxcelerateTask>(api => api.GetTask(taskId, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (task?.OpportunityStatus is { } label)
        {
            task.OpportunityStatusId = await ResolveOpportunityStatusIdAsync(label, cancellationToken).ConfigureAwait(false);
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

        var form = task.ToForm(await OpportunityStatusIdOf(task, cancellationToken).ConfigureAwait(false), transport.Json.Zone);
        var result = await transport.WriteAsync(api => api.CreateTask(form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
        return result.TaskId ?? throw new AxcelerateApiException(HttpStatusCode.OK, "POST /task/", "aXcelerate did not return the new TASKID.", result.Message, null);
    }

    public async Task UpdateAsync(long taskId, AxcelerateTaskWrite changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var form = changes.ToForm(await OpportunityStatusIdOf(changes, cancellationToken).ConfigureAwait(false), transport.Json.Zone);
        await transport.WriteAsync(api => api.UpdateTask(taskId, form.ToContent(), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(long taskId, CancellationToken cancellationToken = default) =>
        await transport.SendAsync(api => api.DeleteTask(taskId, cancellationToken), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<AxcelerateTaskSummary>> SearchAsync(AxcelerateTaskSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = search.ToQuery().ToQuery();
        return await transport.GetListAsync<AxcelerateTaskSummary>(api => api.SearchTasks(query, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AxcelerateTaskSummary>> FindByNameAsync(string name, long? ownerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var wanted = name.Trim();
        var rows = await SearchAsync(new AxcelerateTaskSearch { SearchTerm = wanted, OwnerId = ownerId }, cancellationToken).ConfigureAwait(false);
        return rows.Where(r => string.Equals(r.Name?.Trim(), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("statuses", transport, cancellationToken);

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("priorities", transport, cancellationToken);

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("categories", transport, cancellationToken);

    public Task<IReadOnlyList<AxcelerateLookupItem>> GetOpportunityStatusesAsync(CancellationToken cancellationToken = default) =>
        lookups.GetAsync("opportunityStatuses", transport, cancellationToken);

    public async Task<int?> ResolveOpportunityStatusIdAsync(string label, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var statuses = await GetOpportunityStatusesAsync(cancellationToken).ConfigureAwait(false);
        return statuses.FirstOrDefault(s => string.Equals(s.Name.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }

    public async Task<string?> ResolveOpportunityStatusLabelAsync(int id, CancellationToken cancellationToken = default)
    {
        var statuses = await GetOpportunityStatusesAsync(cancellationToken).ConfigureAwait(false);
        return statuses.FirstOrDefault(s => s.Id == id)?.Name;
    }

    private async Task<int?> OpportunityStatusIdOf(AxcelerateTaskWrite task, CancellationToken cancellationToken)
    {
        if (task.OpportunityStatusId is { } id)
        {
            return id;
        }

        if (string.IsNullOrWhiteSpace(task.OpportunityStatus))
        {
            return null;
        }

        var resolved = await ResolveOpportunityStatusIdAsync(task.OpportunityStatus, cancellationToken).ConfigureAwait(false);
        if (resolved is null)
        {
            // The account's statuses may have changed since they were cached: reload once before giving up.
            lookups.Invalidate("opportunityStatuses");
            resolved = await ResolveOpportunityStatusIdAsync(task.OpportunityStatus, cancellationToken).ConfigureAwait(false);
        }

        return resolved ?? throw new ArgumentException(
            $"'{task.OpportunityStatus}' is not an opportunity status of this aXcelerate account (see /task/opportunityStatuses).",
            nameof(task));
    }
}
