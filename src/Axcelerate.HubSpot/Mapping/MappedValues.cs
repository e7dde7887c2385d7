using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// The values a <see cref="MappingPlan"/> produced for one record: a read-only dictionary over one array slot per mapped
/// field. The target keys and their index are the plan's, built once at compile time and shared by every record, so a
/// record costs one small array instead of a hash table. Keys compare ordinally; entries enumerate in field order.
/// </summary>
internal sealed class MappedValues : IReadOnlyDictionary<string, string>, IDictionary<string, string>
{
    private readonly TargetKeys _keys;
    private readonly string?[] _values;
    private int _count;

    public MappedValues(TargetKeys keys)
    {
        _keys = keys;
        _values = new string?[keys.Names.Length];
    }

    public int Count => _count;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (_values[i] is not null)
                {
                    yield return _keys.Names[i];
                }
            }
        }
    }

    public IEnumerable<string> Values
    {
        get
        {
            foreach (var value in _values)
            {
                if (value is not null)
                {
                    yield return value;
                }
            }
        }
    }

    bool ICollection<KeyValuePair<string, string>>.IsReadOnly => true;

    ICollection<string> IDictionary<string, string>.Keys => [.. Keys];

    ICollection<string> IDictionary<string, string>.Values => [.. Values];

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The mapped values hold no '{key}'.");

    string IDictionary<string, string>.this[string key]
    {
        get => this[key];
        set => throw ReadOnly();
    }

    /// <summary>Sets the value of the field at <paramref name="slot"/> (the plan's field index), while the plan builds the record.</summary>
    internal void Set(int slot, string value)
    {
        if (_values[slot] is null)
        {
            _count++;
        }

        _values[slot] = value;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_keys.Index.TryGetValue(key, out var slot) && _values[slot] is { } found)
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is { } value)
            {
                yield return new KeyValuePair<string, string>(_keys.Names[i], value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool ICollection<KeyValuePair<string, string>>.Contains(KeyValuePair<string, string> item) =>
        TryGetValue(item.Key, out var value) && string.Equals(value, item.Value, StringComparison.Ordinal);

    void ICollection<KeyValuePair<string, string>>.CopyTo(KeyValuePair<string, string>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (var pair in this)
        {
            array[arrayIndex++] = pair;
        }
    }

    void IDictionary<string, string>.Add(string key, string value) => throw ReadOnly();

    bool IDictionary<string, string>.Remove(string key) => throw ReadOnly();

    void ICollection<KeyValuePair<string, string>>.Add(KeyValuePair<string, string> item) => throw ReadOnly();

    void ICollection<KeyValuePair<string, string>>.Clear() => throw ReadOnly();

    bool ICollection<KeyValuePair<string, string>>.Remove(KeyValuePair<string, string> item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("Mapped values are read-only.");

    /// <summary>The target field names of one direction of a plan, in field order, and their index (ordinal).</summary>
    internal sealed class TargetKeys
    {
        public TargetKeys(string[] names)
        {
            Names = names;
            Index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                Index.TryAdd(names[i], i);
            }
        }

        public string[] Names { get; }

        public Dictionary<string, int> Index { get; }
    }
}
