using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Axcelerate.HubSpot.Mapping;

/// <summary>
/// Per time zone, the days on which its UTC offset does not change, remembered with that offset, so that converting a
/// time on such a day is one lookup instead of <see cref="TimeZoneInfo"/>'s adjustment-rule search (the costliest step
/// of mapping a date-time). A day whose ends have different offsets, or whose ends are invalid or ambiguous, holds a
/// transition: it is not remembered and callers take <see cref="TimeZoneInfo"/>'s own path, which handles it.
/// </summary>
internal sealed class ZoneOffsets
{
    private const int MaxDays = 16_384;
    private const long Transition = long.MinValue;
    private static readonly ConditionalWeakTable<TimeZoneInfo, ZoneOffsets> Zones = new();
    private readonly TimeZoneInfo _zone;
    private readonly ConcurrentDictionary<int, long> _localDays = new();
    private readonly ConcurrentDictionary<int, long> _utcDays = new();

    private ZoneOffsets(TimeZoneInfo zone) => _zone = zone;

    /// <summary>The offsets of a zone (one instance per <see cref="TimeZoneInfo"/> object, kept while the zone lives).</summary>
    public static ZoneOffsets For(TimeZoneInfo zone) => Zones.GetValue(zone, static z => new ZoneOffsets(z));

    /// <summary>The offset of a local (unspecified-kind) time when its whole local day has that one offset.</summary>
    public bool TryUniformLocal(DateTime local, out TimeSpan offset)
    {
        offset = default;
        if (local.Year is < 2 or > 9998)
        {
            return false;
        }

        var day = local.Date;
        var ticks = Lookup(_localDays, day, static (zone, start) =>
        {
            var end = start.AddDays(1).AddTicks(-1);
            if (zone.IsInvalidTime(start) || zone.IsAmbiguousTime(start) || zone.IsInvalidTime(end) || zone.IsAmbiguousTime(end))
            {
                return Transition;
            }

            var first = zone.GetUtcOffset(start);
            return first == zone.GetUtcOffset(end) ? first.Ticks : Transition;
        });
        if (ticks == Transition)
        {
            return false;
        }

        offset = TimeSpan.FromTicks(ticks);
        return true;
    }

    /// <summary>The local time of an instant, as <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/> gives it (one lookup when its UTC day has one offset).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        if (utc.Year is >= 2 and <= 9998)
        {
            var ticks = Lookup(_utcDays, DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc), static (zone, start) =>
            {
                var first = zone.GetUtcOffset(start);
                return first == zone.GetUtcOffset(start.AddDays(1).AddTicks(-1)) ? first.Ticks : Transition;
            });
            if (ticks != Transition)
            {
                return instant.ToOffset(TimeSpan.FromTicks(ticks));
            }
        }

        return TimeZoneInfo.ConvertTime(instant, _zone);
    }

    private long Lookup(ConcurrentDictionary<int, long> days, DateTime day, Func<TimeZoneInfo, DateTime, long> compute)
    {
        var key = (int)(day.Ticks / TimeSpan.TicksPerDay);
        if (days.TryGetValue(key, out var ticks))
        {
            return ticks;
        }

        ticks = compute(_zone, day);
        if (days.Count >= MaxDays)
        {
            days.Clear();
        }

        days[key] = ticks;
        return ticks;
    }
}
