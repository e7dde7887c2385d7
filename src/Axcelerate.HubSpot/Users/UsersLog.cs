using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Users;

/// <summary>Log messages of user linking (EventIds 3600-3699).</summary>
internal static partial class UsersLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Information, Message = "HubSpot owner {OwnerId} linked automatically to aXcelerate user contact {ContactId}")]
    public static partial void AutoLinked(ILogger logger, string ownerId, long contactId);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "HubSpot owner {OwnerId} not linked: {Count} aXcelerate users share its email; choose one by hand")]
    public static partial void AutoLinkAmbiguous(ILogger logger, string ownerId, int count);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Information, Message = "HubSpot owner {OwnerId} linked by hand to aXcelerate user contact {ContactId}")]
    public static partial void LinkedByHand(ILogger logger, string ownerId, long? contactId);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Information, Message = "Automatic user linking: {Linked} linked, {AlreadyLinked} already linked, {NoMatch} without match, {Ambiguous} ambiguous, {NoEmail} without email")]
    public static partial void AutoLinkSummary(ILogger logger, int linked, int alreadyLinked, int noMatch, int ambiguous, int noEmail);
}
