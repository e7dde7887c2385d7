using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Paging;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// Workflow user tasks and marketing opportunities (<c>/task</c>, <c>/tasks</c>). The opportunity status is a number
/// on write and a label on read; the client resolves both ways from the cached <c>/task/opportunityStatuses</c>.
/// </summary>
public interface IAxcelerateTasksClient
{
    /// <summary>Reads a task; <see cref="AxcelerateTask.OpportunityStatusId"/> is filled from the cached lookup.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task, or <see langword="null"/> when missing.</returns>
    Task<AxcelerateTask?> GetAsync(long taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a task; <see cref="AxcelerateTaskWrite.Name"/> is required, and so is
    /// <see cref="AxcelerateTaskWrite.MarketingContactId"/> when opportunity or forecast fields are set. Never retried blindly.
    /// When the account's opportunity statuses come without ids, a status label is written with <c>PUT /followUp/{id}</c>.
    /// </summary>
    /// <param name="task">The fields; an opportunity status label is resolved to its id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new task id.</returns>
    /// <exception cref="ArgumentException">The opportunity status label is not one of the account's.</exception>
    Task<long> CreateAsync(AxcelerateTaskWrite task, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates a task; only non-null fields are sent. When opportunity or forecast fields change and
    /// <see cref="AxcelerateTaskWrite.MarketingContactId"/> is unset, the task's own is read and sent, because aXcelerate
    /// ignores those fields without it; a task that is not an opportunity is refused with an <see cref="ArgumentException"/>.
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="changes">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when aXcelerate accepted the change.</returns>
    Task UpdateAsync(long taskId, AxcelerateTaskWrite changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes a task.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when aXcelerate deleted it.</returns>
    Task DeleteAsync(long taskId, CancellationToken cancellationToken = default);

    /// <summary>Searches tasks (<c>/tasks</c>): one page, since the endpoint has no paging and truncates its answer.</summary>
    /// <param name="search">The filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching rows (none on 204), as a single page without continuation.</returns>
    AsyncPageable<AxcelerateTaskSummary> SearchAsync(AxcelerateTaskSearch search, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds the marketing opportunities named <paramref name="name"/>, compared as the task-name match rule does
    /// (<see cref="MatchKeys.TaskName"/>: exact, surrounding spaces ignored). Searches <c>/tasks</c> with the exact
    /// <c>name</c> filter, then reads each task to keep only marketing opportunities (the rows do not say).
    /// </summary>
    /// <param name="name">The task name.</param>
    /// <param name="ownerId">Only tasks of this owner (contact id).</param>
    /// <param name="marketingContactId">Only opportunities about this contact.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>None, Unique or Ambiguous, with the full tasks.</returns>
    Task<MatchResult<AxcelerateTask>> FindOpportunitiesByNameAsync(string name, long? ownerId = null, long? marketingContactId = null, CancellationToken cancellationToken = default);

    /// <summary>The task statuses (<c>/task/statuses</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statuses.</returns>
    Task<IReadOnlyList<AxcelerateLookupItem>> GetStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>The task priorities (<c>/task/priorities</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The priorities.</returns>
    Task<IReadOnlyList<AxcelerateLookupItem>> GetPrioritiesAsync(CancellationToken cancellationToken = default);

    /// <summary>The task categories (<c>/task/categories</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The categories.</returns>
    Task<IReadOnlyList<AxcelerateLookupItem>> GetCategoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>The opportunity statuses (<c>/task/opportunityStatuses</c>), cached; entries may lack an id (labels only).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The opportunity statuses.</returns>
    /// <exception cref="AxcelerateApiException">The endpoint answered entries that are neither labels nor id/label rows.</exception>
    Task<IReadOnlyList<AxcelerateLookupItem>> GetOpportunityStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>Resolves an opportunity status label (e.g. <c>Won</c>, case-insensitive) to the id used on writes.</summary>
    /// <param name="label">The label.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id, or <see langword="null"/> when the account has no such status.</returns>
    Task<int?> ResolveOpportunityStatusIdAsync(string label, CancellationToken cancellationToken = default);

    /// <summary>Resolves an opportunity status id to the label aXcelerate returns on reads.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The label, or <see langword="null"/> when unknown.</returns>
    Task<string?> ResolveOpportunityStatusLabelAsync(int id, CancellationToken cancellationToken = default);
}
