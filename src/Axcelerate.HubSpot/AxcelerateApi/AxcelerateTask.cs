using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// A workflow user task (<c>/task/{id}</c>). With <see cref="MarketingContactId"/> set it is a marketing
/// opportunity and carries the forecast and opportunity fields.
/// </summary>
public sealed class AxcelerateTask : AxcelerateRecord
{
    /// <summary>The task id.</summary>
    public long TaskId { get; init; }

    /// <summary>The task name.</summary>
    public string? Name { get; init; }

    /// <summary>Details.</summary>
    public string? Details { get; init; }

    /// <summary>Status id (1–4, see <see cref="IAxcelerateTasksClient.GetStatusesAsync"/>).</summary>
    public int? Status { get; init; }

    /// <summary>Status label, e.g. <c>Not Started</c>.</summary>
    public string? StatusDisplayName { get; init; }

    /// <summary>Priority id (1 Low … 4 Urgent).</summary>
    public int? Priority { get; init; }

    /// <summary>Category label.</summary>
    public string? Category { get; init; }

    /// <summary>Category id.</summary>
    public long? CategoryId { get; init; }

    /// <summary>Due date/time (account time zone).</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>When the task was created.</summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Reminder date/time.</summary>
    public DateTimeOffset? ReminderDate { get; init; }

    /// <summary>When the task was completed.</summary>
    public DateTimeOffset? CompletedDate { get; init; }

    /// <summary>The owner's <b>contact</b> id.</summary>
    public long? OwnerId { get; init; }

    /// <summary>The owner's name.</summary>
    public string? Owner { get; init; }

    /// <summary>The requester's contact id.</summary>
    public long? RequesterId { get; init; }

    /// <summary>The requester's name.</summary>
    public string? Requester { get; init; }

    /// <summary>Linked workshop instance.</summary>
    [JsonPropertyName("PDATAID")]
    public long? PDataId { get; init; }

    /// <summary>Linked workshop type.</summary>
    public long? ProgramCodeId { get; init; }

    /// <summary>Linked class.</summary>
    public long? ClassId { get; init; }

    /// <summary>Linked qualification / class type.</summary>
    public long? DiplomaId { get; init; }

    /// <summary>Linked enrolment.</summary>
    public long? EnrolId { get; init; }

    /// <summary>Linked e-learning activity.</summary>
    public long? MarketingLearningActivityId { get; init; }

    /// <summary>The contact the opportunity is about; set only on marketing tasks.</summary>
    public long? MarketingContactId { get; init; }

    /// <summary>The last marketing note id.</summary>
    public long? MarketingNotesId { get; init; }

    /// <summary>Forecast value (money).</summary>
    public decimal? ForecastValue { get; init; }

    /// <summary>Forecast probability, 0–100.</summary>
    public decimal? ForecastProbability { get; init; }

    /// <summary>Forecast split by month.</summary>
    public IReadOnlyList<AxcelerateForecastMonth> ForecastDistribution { get; init; } = [];

    /// <summary>The opportunity status label as aXcelerate reads it back, e.g. <c>Pending</c>.</summary>
    public string? OpportunityStatus { get; init; }

    /// <summary>
    /// The opportunity status id for <see cref="OpportunityStatus"/>, resolved by the client from
    /// <c>/task/opportunityStatuses</c>; <see langword="null"/> when the label is unknown or absent.
    /// </summary>
    [JsonIgnore]
    public int? OpportunityStatusId { get; internal set; }

    /// <summary>Whether the task is a quote task.</summary>
    public bool? IsQuoteTask { get; init; }

    /// <summary>The last non-system note on a marketing task.</summary>
    [JsonPropertyName("MARKETINGLASTCONTACTNOTE")]
    public AxcelerateTaskNote? LastContactNote { get; init; }

    /// <summary>Whether this is a marketing opportunity (it has a <see cref="MarketingContactId"/>).</summary>
    [JsonIgnore]
    public bool IsMarketingOpportunity => MarketingContactId is not null;
}
