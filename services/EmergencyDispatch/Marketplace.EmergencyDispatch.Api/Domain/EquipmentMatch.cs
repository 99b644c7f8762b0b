using Marketplace.ServiceDefaults.Text;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Which of a technician's manufacturers and equipment a job's <c>equipment_context</c> names ("Otis Gen2, stuck
/// between floors" names Otis and Gen2). A term is named when every word of it appears among the context's words,
/// ignoring case, punctuation and a plural s ("hydraulic elevators" matches "Hydraulic elevator"). The score is the
/// number of terms named: a dispatcher with a stuck Otis wants the Otis technician told first.
/// </summary>
public sealed class EquipmentMatch
{
    private readonly HashSet<string> contextWords;

    public EquipmentMatch(string? equipmentContext) => contextWords = Words(equipmentContext).ToHashSet(StringComparer.Ordinal);

    public bool IsEmpty => contextWords.Count == 0;

    public IReadOnlyList<string> Named(IEnumerable<string> manufacturers, IEnumerable<string> equipment) =>
        IsEmpty
            ? []
            : manufacturers.Concat(equipment)
                .Where(term => Words(term) is { Count: > 0 } words && words.All(contextWords.Contains))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

    private static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : TextTokens.Words(text).Select(Singular).ToList();

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
