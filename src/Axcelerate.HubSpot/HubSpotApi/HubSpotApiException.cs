namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>
/// HubSpot refused a request or could not be reached. Carries HubSpot's status, category, correlation id and per-item
/// errors, and the request's method and path; never a token, a query string or a header.
/// </summary>
public class HubSpotApiException : IntegrationApiException
{
    /// <summary>Creates an exception.</summary>
    public HubSpotApiException()
        : this("The HubSpot request failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HubSpotApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HubSpotApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override RemoteService Service => RemoteService.HubSpot;

    /// <summary>
    /// HubSpot's error category, e.g. <c>VALIDATION_ERROR</c>, <c>OBJECT_NOT_FOUND</c>, <c>RATE_LIMITS</c>; the same
    /// value as <see cref="IntegrationApiException.ErrorCode"/>.
    /// </summary>
    public string? Category
    {
        get => ErrorCode;
        init => ErrorCode = value;
    }

    /// <summary>HubSpot's sub-category, when sent.</summary>
    public string? SubCategory { get; init; }

    /// <summary>HubSpot's own message (also part of <see cref="Exception.Message"/>).</summary>
    public string? HubSpotMessage { get; init; }

    /// <summary>
    /// The id of the existing record a create or update collided with (409 <c>CONFLICT</c>, e.g. "Contact already
    /// exists"), from HubSpot's <c>context.existingId</c> or, failing that, its message "Existing ID: N"; null otherwise.
    /// </summary>
    public string? ExistingObjectId { get; init; }

    /// <summary>The per-item errors HubSpot listed.</summary>
    public IReadOnlyList<HubSpotErrorDetail> Errors { get; init; } = [];
}
