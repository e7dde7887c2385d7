using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// A row of <c>/tasks</c>: shaped differently from <see cref="AxcelerateTask"/> (status as a label, no forecast
/// fields). Read the task for the full record.
/// </summary>
public sealed class AxcelerateTaskSummary : AxcelerateRecord
{
    /// <summary>The task id (<c>ID</c>).</summary>
    [JsonPropertyName("ID")]
    public long TaskId { get; init; }

    /// <summary>The task name.</summary>
    public string? Name { get; init; }

    /// <summary>Status label, e.g. <c>Completed</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Status id (<c>STATUS_CODE</c>).</summary>
    [JsonPropertyName("STATUS_CODE")]
    public int? StatusCode { get; init; }

    /// <summary>Priority id.</summary>
    public int? Priority { get; init; }

    /// <summary>Category label.</summary>
    public string? Category { get; init; }

    /// <summary>Category id.</summary>
    public long? CategoryId { get; init; }

    /// <summary>Due date/time.</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Completion date/time.</summary>
    public DateTimeOffset? CompletedDate { get; init; }

    /// <summary>The owner's contact id.</summary>
    public long? OwnerId { get; init; }

    /// <summary>The owner's name.</summary>
    public string? Owner { get; init; }

    /// <summary>The requester's contact id.</summary>
    public long? RequesterId { get; init; }

    /// <summary>The requester's name.</summary>
    public string? Requester { get; init; }

    /// <summary>The row type, e.g. <c>task</c>.</summary>
    public string? Type { get; init; }
}
