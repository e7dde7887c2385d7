using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Associations;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

namespace Axcelerate.HubSpot.Testing.HubSpot.WebhooksJournal;

/// <summary>
/// Turns the changes of one write into journal events for the subscriptions that match them. Object events carry
/// <c>type</c>, <c>action</c>, <c>portalId</c>, <c>occurredAt</c>, <c>objectTypeId</c>, <c>objectId</c> and, for
/// creations and updates, <c>propertyChanges</c>; association events carry <c>fromObjectTypeId</c>,
/// <c>fromObjectId</c>, <c>toObjectTypeId</c>, <c>toObjectId</c>, <c>associationTypeId</c>,
/// <c>associationCategory</c> and <c>isPrimary</c>. Every event also names its <c>subscriptionId</c>, <c>appId</c>,
/// <c>changeSource</c> and <c>sourceId</c> (so an app recognises its own writes) — sandbox choices where HubSpot's
/// docs are silent.
/// </summary>
internal static class JournalEventBuilder
{
    public static List<JsonObject> Build(IReadOnlyList<ObjectChange> changes, IReadOnlyList<HubSpotJournalSubscription> subscriptions, long portalId, long appId)
    {
        List<JsonObject> events = [];
        foreach (var subscription in subscriptions.Where(s => s.PortalId == portalId))
        {
            var created = changes.Where(c => c.Kind == ObjectChangeKind.Creation).Select(c => (c.Type, c.ObjectId)).ToHashSet();
            foreach (var change in changes.Where(c => c.Type.HasWebhooks && c.Type.TypeId == subscription.ObjectTypeId))
            {
                var action = ActionOf(change);
                if (action is null || !subscription.Actions.Contains(action, StringComparer.Ordinal))
                {
                    continue;
                }

                if (subscription.SubscriptionType == "ASSOCIATION" && change.Association is { } association)
                {
                    if (subscription.AssociatedObjectTypeIds.Count == 0 || subscription.AssociatedObjectTypeIds.Contains(association.ToType.TypeId, StringComparer.Ordinal))
                    {
                        events.Add(Association(change, association, subscription, appId));
                    }

                    continue;
                }

                if (subscription.SubscriptionType != "OBJECT" || change.Kind == ObjectChangeKind.AssociationChange)
                {
                    continue;
                }

                if (change.Kind == ObjectChangeKind.PropertyChange)
                {
                    // Property changes of one write are one UPDATE event per record; a creation carries its values itself.
                    if (created.Contains((change.Type, change.ObjectId)) || events.Any(e => IsUpdateOf(e, subscription, change)))
                    {
                        continue;
                    }

                    var propertyChanges = PropertyChanges(changes, change, subscription);
                    if (propertyChanges.Count > 0)
                    {
                        var update = ObjectEvent(change, "UPDATE", subscription, appId);
                        update["propertyChanges"] = propertyChanges;
                        events.Add(update);
                    }

                    continue;
                }

                var json = ObjectEvent(change, action, subscription, appId);
                if (change.Kind == ObjectChangeKind.Creation)
                {
                    json["propertyChanges"] = PropertyChanges(changes, change, subscription);
                }
                else if (change.Kind == ObjectChangeKind.Merge)
                {
                    json["primaryObjectId"] = change.ObjectId;
                    json["mergedObjectIds"] = new JsonArray([.. (change.MergedObjectIds ?? []).Select(id => (JsonNode)id)]);
                    json["newObjectId"] = change.NewObjectId ?? change.ObjectId;
                }

                events.Add(json);
            }
        }

        return events;
    }

    private static bool IsUpdateOf(JsonObject json, HubSpotJournalSubscription subscription, ObjectChange change) =>
        (string?)json["action"] == "UPDATE" && (long?)json["subscriptionId"] == subscription.Id && (long?)json["objectId"] == change.ObjectId;

    private static string? ActionOf(ObjectChange change) => change.Kind switch
    {
        ObjectChangeKind.Creation => "CREATE",
        ObjectChangeKind.PropertyChange => "UPDATE",
        ObjectChangeKind.Deletion => "DELETE",
        ObjectChangeKind.Merge => "MERGE",
        ObjectChangeKind.AssociationChange when change.Association is { Removed: true } => "ASSOCIATION_REMOVED",
        ObjectChangeKind.AssociationChange => "ASSOCIATION_ADDED",
        _ => null,
    };

    private static JsonArray PropertyChanges(IReadOnlyList<ObjectChange> changes, ObjectChange of, HubSpotJournalSubscription subscription)
    {
        var array = new JsonArray();
        foreach (var change in changes.Where(c => c.Kind == ObjectChangeKind.PropertyChange && c.Type == of.Type && c.ObjectId == of.ObjectId))
        {
            if (subscription.Properties.Count == 0 || subscription.Properties.Contains(change.PropertyName!, StringComparer.Ordinal))
            {
                array.Add(new JsonObject { ["propertyName"] = change.PropertyName, ["propertyValue"] = change.PropertyValue });
            }
        }

        return array;
    }

    private static JsonObject ObjectEvent(ObjectChange change, string action, HubSpotJournalSubscription subscription, long appId)
    {
        var json = Common("OBJECT", action, change, subscription, appId);
        json["objectTypeId"] = change.Type.TypeId;
        json["objectId"] = change.ObjectId;
        return json;
    }

    private static JsonObject Association(ObjectChange change, AssociationChangeInfo association, HubSpotJournalSubscription subscription, long appId)
    {
        var json = Common("ASSOCIATION", association.Removed ? "ASSOCIATION_REMOVED" : "ASSOCIATION_ADDED", change, subscription, appId);
        json["fromObjectTypeId"] = change.Type.TypeId;
        json["fromObjectId"] = change.ObjectId;
        json["toObjectTypeId"] = association.ToType.TypeId;
        json["toObjectId"] = association.ToObjectId;
        if (AssociationTypes.DefaultId(change.Type, association.ToType) is { } typeId)
        {
            json["associationTypeId"] = typeId;
        }

        json["associationCategory"] = "HUBSPOT_DEFINED";
        json["isPrimary"] = association.IsPrimary;
        return json;
    }

    private static JsonObject Common(string type, string action, ObjectChange change, HubSpotJournalSubscription subscription, long appId)
    {
        var json = new JsonObject
        {
            ["type"] = type,
            ["action"] = action,
            ["subscriptionId"] = subscription.Id,
            ["portalId"] = subscription.PortalId,
            ["appId"] = appId,
            ["occurredAt"] = change.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["changeSource"] = change.Source.ToWireName(),
        };
        var sourceId = change.SourceId ?? change.Source switch
        {
            ChangeSource.Api => appId.ToString(CultureInfo.InvariantCulture),
            ChangeSource.CrmUi => $"userId:{WebhookDispatcher.SimulatedUserId.ToString(CultureInfo.InvariantCulture)}",
            _ => null,
        };
        if (sourceId is not null)
        {
            json["sourceId"] = sourceId;
        }

        return json;
    }
}
