namespace Marketplace.ServiceDefaults.Text;

/// <summary>Lower-case alphanumeric words (shared by the embeddings lexicon, category guessing and dispatch equipment matching); "A/C" becomes "a c" and "HVAC-R" becomes "hvac r", as the lexicon spells them.</summary>
public static class TextTokens
{
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
