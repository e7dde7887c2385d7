using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Associations;

/// <summary>
/// One sandbox portal's USER_DEFINED association labels (a portal defines, say, a "Primary contact" label between deals
/// and contacts). Ids are allocated per sandbox from 1000, clear of HubSpot's built-in ids; like the rest of the
/// sandbox, a label's id is the same in both directions between its two object types.
/// </summary>
internal sealed class AssociationLabels
{
    /// <summary>The category of portal-defined association types.</summary>
    public const string UserDefined = "USER_DEFINED";

    /// <summary>The first id the sandbox gives a user-defined label.</summary>
    public const int FirstTypeId = 1000;

    private readonly Lock _gate = new();
    private readonly List<Definition> _definitions = [];
    private int _nextId = FirstTypeId;

    /// <summary>Defines a label between two object types and returns it; an existing label with the same text is returned as is.</summary>
    /// <exception cref="ArgumentException">The label is empty.</exception>
    public Definition Define(HubSpotObjectType from, HubSpotObjectType to, string label, string? name)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException("An association label needs a non-empty label text.", nameof(label));
        }

        lock (_gate)
        {
            if (Find(from, to).FirstOrDefault(d => string.Equals(d.Label, label, StringComparison.Ordinal)) is { } existing)
            {
                return existing;
            }

            var definition = new Definition(from, to, _nextId++, label, string.IsNullOrWhiteSpace(name) ? label : name);
            _definitions.Add(definition);
            return definition;
        }
    }

    /// <summary>The labels defined between two object types (in either direction), oldest first.</summary>
    public IReadOnlyList<Definition> Between(HubSpotObjectType from, HubSpotObjectType to)
    {
        lock (_gate)
        {
            return [.. Find(from, to)];
        }
    }

    /// <summary>The label text of a user-defined type id between two object types, or null when there is none.</summary>
    public string? LabelOf(HubSpotObjectType from, HubSpotObjectType to, int typeId)
    {
        lock (_gate)
        {
            return Find(from, to).FirstOrDefault(d => d.TypeId == typeId)?.Label;
        }
    }

    private IEnumerable<Definition> Find(HubSpotObjectType from, HubSpotObjectType to) =>
        _definitions.Where(d => (d.From == from && d.To == to) || (d.From == to && d.To == from));

    /// <summary>One user-defined label.</summary>
    public sealed record Definition(HubSpotObjectType From, HubSpotObjectType To, int TypeId, string Label, string Name);
}
