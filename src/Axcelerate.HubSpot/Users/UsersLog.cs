using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Users;

/// <summary>Log messages of user linking (range <see cref="LogEventIds.Users"/>).</summary>
internal static partial class UsersLog
{
    [LoggerMessage(EventId = LogEventIds.Users + 0, Level = LogLevel.Information, Message = "HubSpot owner {OwnerId} linked automatically to aXcelerate user contact {ContactId}")]
    public static partial void AutoLinked(ILogger logger, string ownerId, long contactId);

    [LoggerMessage(EventId = LogEventIds.Users + 1, Level = LogLevel.Warning, Message = "HubSpot owner {OwnerId} not linked: {Count} aXcelerate users share its email; choose one by hand")]
    public static partial void AutoLinkAmbiguous(ILogger logger, string ownerId, int count);

    [LoggerMessage(EventId = LogEventIds.Users + 2, Level = LogLevel.Information, Message = "HubSpot owner {OwnerId} linked by hand to aXcelerate user contact {ContactId}")]
    public static partial void LinkedByHand(ILogger logger, string ownerId, long? contactId);

    [LoggerMessage(EventId = LogEventIds.Users + 3, Level = LogLevel.Information, Message = "Automatic user linking: {Linked} linked, {AlreadyLinked} already linked, {NoMatch} without match, {Ambiguous} ambiguous, {NoEmail} without email")]
    public static partial void AutoLinkSummary(ILogger logger, int linked, int alreadyLinked, int noMatch, int ambiguous, int noEmail);
}
