namespace Marketplace.Embeddings;

/// <summary>
/// The text a listing is embedded from: the title twice (it says most about the job), the category, skills and
/// manufacturers, then the start of the description. When any of these change the embedding is recomputed.
/// </summary>
public static class ListingText
{
    private const int DescriptionChars = 1500;

    public static string For(string title, string category, IEnumerable<string> skills, IEnumerable<string> manufacturers, string description) =>
        string.Join(". ",
            title,
            title,
            category.Replace('_', ' '),
            string.Join(", ", skills),
            string.Join(", ", manufacturers),
            description.Length > DescriptionChars ? description[..DescriptionChars] : description);
}
