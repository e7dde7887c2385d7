using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// The fields to send when creating or updating a task; <see langword="null"/> properties are not sent. Forecast and
/// opportunity fields are kept by aXcelerate only when the request carries <c>marketingContactID</c>: the client
/// requires <see cref="MarketingContactId"/> on a create that sets them, and on an update reads it from the task when unset.
/// </summary>
public sealed class AxcelerateTaskWrite
{
    /// <summary><c>name</c> (required on create).</summary>
    public string? Name { get; set; }

    /// <summary><c>details</c>.</summary>
    public string? Details { get; set; }

    /// <summary><c>dueDate</c> (sent as <c>yyyy-MM-dd</c>).</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary><c>ownerID</c>: the <b>contact</b> id of the responsible user.</summary>
    public long? OwnerId { get; set; }

    /// <summary><c>status</c>: 1–4 (see <see cref="IAxcelerateTasksClient.GetStatusesAsync"/>).</summary>
    public int? Status { get; set; }

    /// <summary><c>priority</c>: 1 (Low) … 4 (Urgent).</summary>
    public int? Priority { get; set; }

    /// <summary><c>completedDate</c>: only for status 4 (Completed).</summary>
    public DateOnly? CompletedDate { get; set; }

    /// <summary><c>categoryID</c>.</summary>
    public long? CategoryId { get; set; }

    /// <summary><c>reminderDate</c> (sent as <c>yyyy-MM-dd HH:mm</c> in the account's time zone).</summary>
    public DateTimeOffset? ReminderDate { get; set; }

    /// <summary><c>PDataID</c>: link to a workshop instance.</summary>
    public long? PDataId { get; set; }

    /// <summary><c>ProgramCodeID</c>: link to a workshop type.</summary>
    public long? ProgramCodeId { get; set; }

    /// <summary><c>classID</c>: link to a class.</summary>
    public long? ClassId { get; set; }

    /// <summary><c>diplomaID</c>: link to a qualification / class type.</summary>
    public long? DiplomaId { get; set; }

    /// <summary><c>marketingLearningActivityID</c>: link to an e-learning instance.</summary>
    public long? MarketingLearningActivityId { get; set; }

    /// <summary><c>marketingContactID</c>: the contact; makes the task a marketing opportunity.</summary>
    public long? MarketingContactId { get; set; }

    /// <summary><c>OpportunityStatus</c> as its numeric id. Required by aXcelerate when a forecast value is given.</summary>
    public int? OpportunityStatusId { get; set; }

    /// <summary>
    /// The opportunity status by label (e.g. <c>Won</c>); the client resolves it to the id from
    /// <c>/task/opportunityStatuses</c>. Ignored when <see cref="OpportunityStatusId"/> is set.
    /// </summary>
    public string? OpportunityStatus { get; set; }

    /// <summary><c>ForecastValue</c> (money).</summary>
    public decimal? ForecastValue { get; set; }

    /// <summary><c>ForecastProbability</c>, 0–100.</summary>
    public decimal? ForecastProbability { get; set; }

    /// <summary>Repeated <c>ForecastDistribution_Month</c> (<c>yyyy-MM</c>) / <c>ForecastDistribution_Value</c> pairs.</summary>
    public IReadOnlyList<AxcelerateForecastMonth>? ForecastDistribution { get; set; }

    /// <summary>Any other documented parameter by its exact name.</summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    /// <summary>Whether any opportunity or forecast field is set (aXcelerate keeps them only with <c>marketingContactID</c>).</summary>
    internal bool TouchesOpportunity =>
        OpportunityStatusId is not null || !string.IsNullOrWhiteSpace(OpportunityStatus) || ForecastValue is not null
        || ForecastProbability is not null || ForecastDistribution is { Count: > 0 };

    internal AxcelerateForm ToForm(int? opportunityStatusId, TimeZoneInfo zone, long? marketingContactId = null, bool includeForecastValue = true)
    {
        var form = new AxcelerateForm()
            .Add("name", Name)
            .Add("details", Details)
            .Add("dueDate", DueDate)
            .Add("ownerID", OwnerId)
            .Add("status", Status)
            .Add("priority", Priority)
            .Add("completedDate", CompletedDate)
            .Add("categoryID", CategoryId)
            .Add("reminderDate", ReminderDate is { } reminder ? AxcelerateDates.FormatDateTime(reminder, zone) : null)
            .Add("PDataID", PDataId)
            .Add("ProgramCodeID", ProgramCodeId)
            .Add("classID", ClassId)
            .Add("diplomaID", DiplomaId)
            .Add("marketingLearningActivityID", MarketingLearningActivityId)
            .Add("marketingContactID", marketingContactId ?? MarketingContactId)
            .Add("OpportunityStatus", opportunityStatusId)
            .Add("ForecastValue", includeForecastValue ? ForecastValue : null)
            .Add("ForecastProbability", ForecastProbability);
        foreach (var month in ForecastDistribution ?? [])
        {
            if (month.Month is not { } date || month.Value is not { } value)
            {
                throw new ArgumentException("Every ForecastDistribution entry needs a Month and a Value.");
            }

            form.Add("ForecastDistribution_Month", date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
                .Add("ForecastDistribution_Value", value);
        }

        return form.AddRaw(AdditionalParameters);
    }
}
