using Marketplace.ServiceDefaults.Text;
using Marketplace.Embeddings;

namespace Marketplace.Listings.Api.Domain;

/// <summary>
/// The category of an external posting, which arrives with a free-text title only: the first trade concept the
/// lexicon finds in the title, else in the description, else general maintenance.
/// </summary>
public sealed class CategoryGuess(TradeLexicon lexicon)
{
    private static readonly Dictionary<string, JobCategory> ByConcept = new(StringComparer.Ordinal)
    {
        ["elevator"] = JobCategory.ElevatorTechnician,
        ["hvac"] = JobCategory.HvacTechnician,
        ["electrical"] = JobCategory.Electrician,
        ["plumbing"] = JobCategory.Plumber,
        ["fire_safety"] = JobCategory.FireSafetyTechnician,
        ["building_automation"] = JobCategory.BuildingAutomation,
        ["security_systems"] = JobCategory.SecuritySystems,
        ["maintenance"] = JobCategory.GeneralMaintenance,
        ["property_management"] = JobCategory.PropertyManager,
        ["facilities"] = JobCategory.FacilitiesDirector,
        ["dispatch"] = JobCategory.Dispatcher,
        ["estimating"] = JobCategory.Estimator,
        ["inspection"] = JobCategory.Inspector,
        ["office"] = JobCategory.Administrator,
    };

    public JobCategory Of(string title, string? description) =>
        Find(title) ?? Find(description ?? "") ?? JobCategory.GeneralMaintenance;

    private JobCategory? Find(string text)
    {
        var words = TextTokens.Words(text).ToList();
        // Longest phrase first, so "fire alarm technician" is fire safety rather than generic maintenance.
        for (var n = TradeLexicon.MaxPhraseWords; n >= 1; n--)
        {
            for (var i = 0; i + n <= words.Count; i++)
            {
                var concept = lexicon.ConceptsOf(string.Join(' ', words.Skip(i).Take(n))).FirstOrDefault(ByConcept.ContainsKey);
                if (concept is not null)
                {
                    return ByConcept[concept];
                }
            }
        }

        return null;
    }
}
