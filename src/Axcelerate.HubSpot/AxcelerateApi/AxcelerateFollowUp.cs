using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// A marketing follow-up (<c>/followUps/</c>, <c>/followUp/{id}</c>), legacy or new task system. Legacy rows carry
/// <see cref="MTaskId"/>; new-system records carry <see cref="TaskId"/> and can be read in full with
/// <see cref="IAxcelerateTasksClient.GetAsync"/>. Contacts are referred to by contact id.
/// </summary>
public sealed class AxcelerateFollowUp : AxcelerateRecord
{
    /// <summary>The follow-up id (<c>MTASKID</c>).</summary>
    [JsonPropertyName("MTASKID")]
    public long? MTaskId { get; init; }

    /// <summary>The workflow task id (new task system).</summary>
    public long? TaskId { get; init; }

    /// <summary>Whether this is a legacy follow-up.</summary>
    public bool? LegacyTask { get; init; }

    /// <summary>The client contact (<c>CONTACTID</c> or <c>MARKETINGCONTACTID</c>).</summary>
    public long? ContactId { get; init; }

    /// <summary>The client contact on new-system records.</summary>
    public long? MarketingContactId { get; init; }

    /// <summary>The client's name.</summary>
    [JsonPropertyName("CONTACT_NAME")]
    public string? ContactName { get; init; }

    /// <summary>The client's email address.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>The client's work phone.</summary>
    public string? WorkPhone { get; init; }

    /// <summary>The client's organisation id.</summary>
    [JsonPropertyName("ORGID")]
    public long? OrganisationId { get; init; }

    /// <summary>The client's organisation.</summary>
    public string? Organisation { get; init; }

    /// <summary>The owner's contact id (<c>WHOSETASK_CONTACTID</c>).</summary>
    [JsonPropertyName("WHOSETASK_CONTACTID")]
    public long? OwnerContactId { get; init; }

    /// <summary>The owner's contact id on a legacy record read by id (<c>FOLLOWUPCONTACTID</c>).</summary>
    public long? FollowUpContactId { get; init; }

    /// <summary>The owner's contact id on a new-system record (<c>OWNERCONTACTID</c>).</summary>
    [JsonPropertyName("OWNERCONTACTID")]
    public long? TaskOwnerContactId { get; init; }

    /// <summary>The owner's given name.</summary>
    [JsonPropertyName("WHOSETASK_GIVENNAME")]
    public string? OwnerGivenName { get; init; }

    /// <summary>The owner's surname.</summary>
    [JsonPropertyName("WHOSETASK_SURNAME")]
    public string? OwnerSurname { get; init; }

    /// <summary>The owner's name (new task system).</summary>
    public string? Owner { get; init; }

    /// <summary>The task name (new task system).</summary>
    public string? Name { get; init; }

    /// <summary>Details (new task system).</summary>
    public string? Details { get; init; }

    /// <summary>When the follow-up is due (legacy, <c>yyyy-MM-dd hh:mm AM/PM</c>).</summary>
    public DateTimeOffset? FollowUpDate { get; init; }

    /// <summary>Due date (new task system).</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Created (new task system).</summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Completed (new task system).</summary>
    public DateTimeOffset? CompletedDate { get; init; }

    /// <summary>Status id (new task system).</summary>
    public int? Status { get; init; }

    /// <summary>Status label (new task system).</summary>
    public string? StatusDisplayName { get; init; }

    /// <summary>Priority id (new task system).</summary>
    public int? Priority { get; init; }

    /// <summary>Category ids (new task system).</summary>
    [JsonPropertyName("CATEGORIES")]
    public IReadOnlyList<long> CategoryIds { get; init; } = [];

    /// <summary>The opportunity label, e.g. <c>Online Enquiry</c>.</summary>
    public string? Opportunity { get; init; }

    /// <summary>The opportunity status label, e.g. <c>Pending</c>.</summary>
    public string? OpportunityStatus { get; init; }

    /// <summary>Forecast value.</summary>
    public decimal? ForecastValue { get; init; }

    /// <summary>Forecast probability, 0–100.</summary>
    public decimal? ForecastProbability { get; init; }

    /// <summary>Forecast split by month (new task system).</summary>
    public IReadOnlyList<AxcelerateForecastMonth> ForecastDistribution { get; init; } = [];

    /// <summary>Display colour.</summary>
    public string? Color { get; init; }

    /// <summary>The last note.</summary>
    public AxcelerateFollowUpNote? LastNote { get; init; }
}
