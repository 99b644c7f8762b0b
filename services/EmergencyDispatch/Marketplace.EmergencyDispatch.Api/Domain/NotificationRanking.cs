using System.Globalization;
using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Who is told first. Best matched to the equipment first (how many of their manufacturers and equipment the job's
/// equipment_context names: an Otis technician for a stuck Otis, even a band further away), then best placed: nearest
/// (in 5-mile bands, so a few hundred yards do not decide), then most reliable (response rate in quarters; a newcomer
/// counts as reliable), then best matched (required skills held).
/// Among technicians equal on all three, fair rotation: whoever was notified least recently goes first (never
/// notified before anyone), so the same few are not woken for every job. The reason names each of these.
/// </summary>
public static class NotificationRanking
{
    public const double DistanceBandMiles = 5;

    public static IReadOnlyList<RankedTechnician> Rank(
        IEnumerable<(TechnicianRow Technician, double DistanceMiles)> qualified, IReadOnlyList<string> requiredSkills,
        string? equipmentContext = null)
    {
        var equipment = new EquipmentMatch(equipmentContext);
        var ordered = qualified
            .Select(q => (q.Technician, q.DistanceMiles, Band: (int)Math.Floor(q.DistanceMiles / DistanceBandMiles),
                Reliability: ReliabilityQuarter(q.Technician), Skills: SkillsHeld(q.Technician, requiredSkills),
                Equipment: equipment.Named(q.Technician.Manufacturers, q.Technician.EquipmentExperience)))
            .OrderByDescending(q => q.Equipment.Count)
            .ThenBy(q => q.Band)
            .ThenByDescending(q => q.Reliability)
            .ThenByDescending(q => q.Skills)
            .ThenBy(q => q.Technician.LastNotifiedAt ?? DateTimeOffset.MinValue)
            .ThenBy(q => q.DistanceMiles)
            .ThenBy(q => q.Technician.UserId)
            .ToList();

        return ordered.Select((q, i) => new RankedTechnician(q.Technician, q.DistanceMiles, i + 1, string.Create(CultureInfo.InvariantCulture,
            $"rank {i + 1}: equipment {(q.Equipment.Count == 0 ? "-" : string.Join(", ", q.Equipment))}; {q.DistanceMiles:0.0} mi (band {q.Band * DistanceBandMiles:0}-{(q.Band + 1) * DistanceBandMiles:0} mi); " +
            $"response rate {(q.Technician.ResponseRate is { } r ? $"{r:P0}" : "new")}; skills {q.Skills}/{requiredSkills.Count}; " +
            $"rotation: last notified {(q.Technician.LastNotifiedAt is { } at ? at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : "never")}"),
            q.Equipment.Count))
            .ToList();
    }

    private static int ReliabilityQuarter(TechnicianRow technician) =>
        technician.ResponseRate is { } rate ? (int)Math.Floor(rate * 4) : 4;

    private static int SkillsHeld(TechnicianRow technician, IReadOnlyList<string> required) =>
        required.Count(s => technician.Skills.Contains(s, StringComparer.OrdinalIgnoreCase));
}
