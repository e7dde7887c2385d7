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

    /// <summary>Creates a task; <see cref="AxcelerateTaskWrite.Name"/> is required. Never retried blindly.</summary>
    /// <param name="task">The fields; an opportunity status label is resolved to its id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new task id.</returns>
    /// <exception cref="ArgumentException">The opportunity status label is not one of the account's.</exception>
    Task<long> CreateAsync(AxcelerateTaskWrite task, CancellationToken cancellationToken = default);

    /// <summary>Updates a task; only non-null fields are sent.</summary>
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

    /// <summary>Searches tasks (<c>/tasks</c>, not paged).</summary>
    /// <param name="search">The filters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching rows (empty on 204).</returns>
    Task<IReadOnlyList<AxcelerateTaskSummary>> SearchAsync(AxcelerateTaskSearch search, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds tasks whose name equals <paramref name="name"/> (ignoring case): searches with <c>searchTerm</c>, which
    /// matches names that start with it (and owners, statuses, categories), then keeps exact name matches.
    /// </summary>
    /// <param name="name">The task name.</param>
    /// <param name="ownerId">Only tasks of this owner (contact id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The exact matches.</returns>
    Task<IReadOnlyList<AxcelerateTaskSummary>> FindByNameAsync(string name, long? ownerId = null, CancellationToken cancellationToken = default);

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

    /// <summary>The opportunity statuses (<c>/task/opportunityStatuses</c>), cached.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The opportunity statuses.</returns>
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
