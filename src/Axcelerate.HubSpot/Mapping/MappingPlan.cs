namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// The active mappings of one entity compiled for mapping records without I/O: the hot path of every import. Compile it
/// once per run with <see cref="Compile"/> and map any number of records with it; it is immutable and thread-safe.
/// </summary>
/// <remarks>
/// Records are <c>field name → value</c> views. aXcelerate names are found case-insensitively (the API returns
/// upper-case keys such as <c>GIVENNAME</c> and <c>CUSTOMFIELD_X</c>); passing a dictionary built with
/// <see cref="StringComparer.OrdinalIgnoreCase"/> makes each lookup a single hash probe. A key that is absent means
/// "unknown" and the field is left alone; a key present with a null or blank value means "blank" and clears the target.
/// Sync rules apply to contacts only; organisation and opportunity mappings flow whichever way they are asked to.
/// </remarks>
public sealed class MappingPlan
{
    private readonly FieldMapping[] _fields;
    private readonly string[] _readKeys;
    private readonly string[] _writeKeys;
    private readonly MappedValues.TargetKeys _hubSpotTargets;
    private readonly MappedValues.TargetKeys _axcelerateTargets;

    private MappingPlan(MappedEntity entity, FieldMapping[] fields, TimeZoneInfo timeZone)
    {
        Entity = entity;
        _fields = fields;
        TimeZone = timeZone;
        _readKeys = Array.ConvertAll(fields, f => f.AxcelerateReadKey);
        _writeKeys = Array.ConvertAll(fields, f => f.AxcelerateWriteKey);
        _hubSpotTargets = new MappedValues.TargetKeys(Array.ConvertAll(fields, f => f.HubSpotProperty));
        _axcelerateTargets = new MappedValues.TargetKeys(_writeKeys);
    }

    /// <summary>The kind of record the plan maps.</summary>
    public MappedEntity Entity { get; }

    /// <summary>The active mappings the plan applies; deactivated and deleted mappings are not here.</summary>
    public IReadOnlyList<FieldMapping> Fields => _fields;

    /// <summary>The aXcelerate account's time zone, in which its dates and times are local.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Compiles the active mappings of one entity.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="mappings">The stored mappings; inactive ones and those of other entities are skipped.</param>
    /// <param name="timeZone">The aXcelerate account's time zone, e.g. <c>Australia/Sydney</c>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">Two active mappings write the same HubSpot property or the same aXcelerate field.</exception>
    public static MappingPlan Compile(MappedEntity entity, IEnumerable<FieldMapping> mappings, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        ArgumentNullException.ThrowIfNull(timeZone);
        var active = mappings.Where(m => m is not null && m.IsActive && m.Entity == entity).ToArray();
        ThrowOnDuplicate(active, m => m.HubSpotProperty, "HubSpot property");
        ThrowOnDuplicate(active, m => m.AxcelerateReadKey, "aXcelerate field");
        return new MappingPlan(entity, active, timeZone);
    }

    /// <summary>Maps an aXcelerate record to the HubSpot properties to write (exports, pushes).</summary>
    /// <param name="recordId">The record's id, used in conversion errors.</param>
    /// <param name="axcelerate">The aXcelerate record.</param>
    /// <param name="currentHubSpot">
    /// The HubSpot record's current properties when it exists, so that unchanged values are left out and
    /// "prefer HubSpot unless blank" can see HubSpot's value; null when the HubSpot record is being created.
    /// </param>
    /// <returns>The values to write and the values that did not convert.</returns>
    public MappingResult ToHubSpot(string recordId, IReadOnlyDictionary<string, string?> axcelerate, IReadOnlyDictionary<string, string?>? currentHubSpot = null)
    {
        ArgumentNullException.ThrowIfNull(axcelerate);
        var values = new MappedValues(_hubSpotTargets);
        List<FieldConversionError>? errors = null;
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            if (!TryGet(axcelerate, _readKeys[i], field.AxcelerateField, out var source))
            {
                continue;
            }

            string? current = null;
            var hasCurrent = currentHubSpot is not null && TryGet(currentHubSpot, field.HubSpotProperty, field.HubSpotProperty, out current);
            if (!Allows(field, ConversionDirection.ToHubSpot, IsBlank(source), IsBlank(current)))
            {
                continue;
            }

            Write(recordId, field, ConversionDirection.ToHubSpot, source, hasCurrent, current, i, values, ref errors);
        }

        return new MappingResult(recordId, ConversionDirection.ToHubSpot, values, (IReadOnlyList<FieldConversionError>?)errors ?? []);
    }

    /// <summary>Maps a HubSpot record to the aXcelerate fields to write (imports, webhooks).</summary>
    /// <param name="recordId">The record's id, used in conversion errors.</param>
    /// <param name="hubSpot">The HubSpot record's properties.</param>
    /// <param name="currentAxcelerate">
    /// The aXcelerate record's current fields when it exists, so that unchanged values are left out and
    /// "prefer aXcelerate unless blank" can see aXcelerate's value; null when the aXcelerate record is being created.
    /// </param>
    /// <returns>The values to write, keyed by aXcelerate write parameter, and the values that did not convert.</returns>
    public MappingResult ToAxcelerate(string recordId, IReadOnlyDictionary<string, string?> hubSpot, IReadOnlyDictionary<string, string?>? currentAxcelerate = null)
    {
        ArgumentNullException.ThrowIfNull(hubSpot);
        var values = new MappedValues(_axcelerateTargets);
        List<FieldConversionError>? errors = null;
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            if (!TryGet(hubSpot, field.HubSpotProperty, field.HubSpotProperty, out var source))
            {
                continue;
            }

            string? current = null;
            var hasCurrent = currentAxcelerate is not null && TryGet(currentAxcelerate, _readKeys[i], field.AxcelerateField, out current);
            if (!Allows(field, ConversionDirection.ToAxcelerate, IsBlank(source), IsBlank(current)))
            {
                continue;
            }

            Write(recordId, field, ConversionDirection.ToAxcelerate, source, hasCurrent, current, i, values, ref errors);
        }

        return new MappingResult(recordId, ConversionDirection.ToAxcelerate, values, (IReadOnlyList<FieldConversionError>?)errors ?? []);
    }

    /// <summary>
    /// Reconciles a linked contact both ways: per field, the sync rule picks the side that wins and the other side gets
    /// its value. For two-way fields the later modification wins; on a tie or when a time is unknown, aXcelerate wins.
    /// Fields missing from either record are left alone.
    /// </summary>
    /// <param name="recordId">The record's id, used in conversion errors.</param>
    /// <param name="axcelerate">The aXcelerate record.</param>
    /// <param name="hubSpot">The HubSpot record's properties.</param>
    /// <param name="axcelerateModifiedAt">When the aXcelerate record last changed, if known.</param>
    /// <param name="hubSpotModifiedAt">When the HubSpot record last changed, if known.</param>
    /// <returns>The values to write to each side.</returns>
    public (MappingResult ToHubSpot, MappingResult ToAxcelerate) Reconcile(
        string recordId,
        IReadOnlyDictionary<string, string?> axcelerate,
        IReadOnlyDictionary<string, string?> hubSpot,
        DateTimeOffset? axcelerateModifiedAt,
        DateTimeOffset? hubSpotModifiedAt)
    {
        ArgumentNullException.ThrowIfNull(axcelerate);
        ArgumentNullException.ThrowIfNull(hubSpot);
        var toHubSpot = new MappedValues(_hubSpotTargets);
        var toAxcelerate = new MappedValues(_axcelerateTargets);
        List<FieldConversionError>? hubSpotErrors = null;
        List<FieldConversionError>? axcelerateErrors = null;
        var hubSpotIsLater = hubSpotModifiedAt is { } h && (axcelerateModifiedAt is not { } a || h > a);
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            if (!TryGet(axcelerate, _readKeys[i], field.AxcelerateField, out var ax) ||
                !TryGet(hubSpot, field.HubSpotProperty, field.HubSpotProperty, out var hs))
            {
                continue;
            }

            bool axBlank = IsBlank(ax), hsBlank = IsBlank(hs);
            if (axBlank && hsBlank)
            {
                continue;
            }

            var rule = Entity == MappedEntity.Contact ? field.Rule : SyncRule.TwoWay;
            var axcelerateWins = rule switch
            {
                SyncRule.AxcelerateOnly => true,
                SyncRule.HubSpotOnly => false,
                SyncRule.PreferAxcelerateUnlessBlank => !axBlank,
                SyncRule.PreferHubSpotUnlessBlank => hsBlank,
                _ => !hubSpotIsLater,
            };
            if (axcelerateWins)
            {
                Write(recordId, field, ConversionDirection.ToHubSpot, ax, true, hs, i, toHubSpot, ref hubSpotErrors);
            }
            else
            {
                Write(recordId, field, ConversionDirection.ToAxcelerate, hs, true, ax, i, toAxcelerate, ref axcelerateErrors);
            }
        }

        return (
            new MappingResult(recordId, ConversionDirection.ToHubSpot, toHubSpot, (IReadOnlyList<FieldConversionError>?)hubSpotErrors ?? []),
            new MappingResult(recordId, ConversionDirection.ToAxcelerate, toAxcelerate, (IReadOnlyList<FieldConversionError>?)axcelerateErrors ?? []));
    }

    private bool Allows(FieldMapping field, ConversionDirection direction, bool sourceBlank, bool targetBlank)
    {
        if (Entity != MappedEntity.Contact)
        {
            return true;
        }

        var towardsHubSpot = direction == ConversionDirection.ToHubSpot;
        return field.Rule switch
        {
            SyncRule.AxcelerateOnly => towardsHubSpot,
            SyncRule.HubSpotOnly => !towardsHubSpot,
            SyncRule.PreferAxcelerateUnlessBlank => towardsHubSpot ? !sourceBlank : targetBlank && !sourceBlank,
            SyncRule.PreferHubSpotUnlessBlank => towardsHubSpot ? targetBlank && !sourceBlank : !sourceBlank,
            _ => true,
        };
    }

    private void Write(
        string recordId,
        FieldMapping field,
        ConversionDirection direction,
        string? source,
        bool hasCurrent,
        string? current,
        int slot,
        MappedValues values,
        ref List<FieldConversionError>? errors)
    {
        var converted = Convert(field.Type, direction, source);
        if (!converted.Succeeded)
        {
            (errors ??= []).Add(new FieldConversionError(recordId, field.AxcelerateField, field.HubSpotProperty, source, field.Type, direction, converted.Error!));
            return;
        }

        if (hasCurrent && SameAsCurrent(field.Type, direction, converted.Value!, current))
        {
            return;
        }

        values.Set(slot, converted.Value!);
    }

    private Conversion Convert(FieldType type, ConversionDirection direction, string? value) =>
        direction == ConversionDirection.ToHubSpot
            ? FieldValueConverter.ToHubSpot(type, value, TimeZone)
            : FieldValueConverter.ToAxcelerate(type, value, TimeZone);

    // Compares in the target's canonical form, so formatting differences ("(07) 1234" vs "071234") are no change.
    private bool SameAsCurrent(FieldType type, ConversionDirection direction, string converted, string? current)
    {
        if (string.Equals(converted, current, StringComparison.Ordinal) || (converted.Length == 0 && IsBlank(current)))
        {
            return true;
        }

        var back = Convert(type, direction == ConversionDirection.ToHubSpot ? ConversionDirection.ToAxcelerate : ConversionDirection.ToHubSpot, current);
        if (!back.Succeeded)
        {
            return false;
        }

        var canonical = Convert(type, direction, back.Value);
        return canonical.Succeeded && string.Equals(canonical.Value, converted, StringComparison.Ordinal);
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool TryGet(IReadOnlyDictionary<string, string?> record, string key, string alternateKey, out string? value)
    {
        if (record.TryGetValue(key, out value) || (!ReferenceEquals(key, alternateKey) && record.TryGetValue(alternateKey, out value)))
        {
            return true;
        }

        if (record is Dictionary<string, string?> dictionary && dictionary.Comparer.Equals(StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var pair in record)
        {
            if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static void ThrowOnDuplicate(FieldMapping[] mappings, Func<FieldMapping, string> key, string what)
    {
        var duplicate = mappings.GroupBy(key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Two active mappings use the {what} '{duplicate.Key}' ({string.Join(", ", duplicate.Select(m => m.AxcelerateField + " ↔ " + m.HubSpotProperty))}); deactivate or delete one of them.",
                nameof(mappings));
        }
    }
}
