using System.Globalization;
using System.Text.Json;

namespace Marketplace.Applications.Api.Domain;

/// <summary>
/// Checks answers against the listing's screening questions (type, required, options). A wrong or missing answer is
/// an error naming the question (<c>screening_answers[question_id]</c>); an answer equal to a knockout answer (for a
/// number question: below the knockout minimum) is recorded as a knockout, which rejects the application but never
/// fails the request.
/// </summary>
public static class ScreeningCheck
{
    public sealed record Result(IReadOnlyList<ScreeningAnswer> Answers, bool Knockout, Dictionary<string, string[]> Errors);

    public static Result Check(IReadOnlyList<ScreeningQuestion> questions, IReadOnlyList<(Guid QuestionId, JsonElement Answer)> given)
    {
        var errors = new ValidationErrors();
        var byId = new Dictionary<Guid, JsonElement>();
        foreach (var (id, answer) in given)
        {
            if (!byId.TryAdd(id, answer))
            {
                errors.Add($"screening_answers[{id}]", "The question is answered more than once.");
            }
        }

        foreach (var unknown in byId.Keys.Where(id => questions.All(q => q.QuestionId != id)))
        {
            errors.Add($"screening_answers[{unknown}]", "The listing has no such screening question.");
        }

        var answers = new List<ScreeningAnswer>();
        foreach (var q in questions.OrderBy(q => q.Order))
        {
            var field = $"screening_answers[{q.QuestionId}]";
            if (!byId.TryGetValue(q.QuestionId, out var element) || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
                || element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString()))
            {
                errors.Check(!q.Required, field, $"'{q.Text}' must be answered.");
                continue;
            }

            var (answer, message) = Normalize(q, element);
            if (answer is null)
            {
                errors.Add(field, message!);
                continue;
            }

            answers.Add(new ScreeningAnswer(q.QuestionId, q.Text, q.QuestionType, answer, IsKnockout(q, answer)));
        }

        return new Result(answers, answers.Any(a => a.Knockout), errors.ToDictionary());
    }

    private static (string? Answer, string? Message) Normalize(ScreeningQuestion q, JsonElement element)
    {
        switch (q.QuestionType)
        {
            case "yes_no":
                if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    return (element.GetBoolean() ? "yes" : "no", null);
                }

                var yesNo = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim().ToLowerInvariant() : null;
                return yesNo is "yes" or "no" ? (yesNo, null) : (null, "The answer is yes or no.");
            case "number":
                if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number)
                    || element.ValueKind == JsonValueKind.String
                    && decimal.TryParse(element.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number))
                {
                    return (number.ToString(CultureInfo.InvariantCulture), null);
                }

                return (null, "The answer is a number.");
            case "multiple_choice":
                var choice = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim() : null;
                var option = q.Options?.FirstOrDefault(o => string.Equals(o, choice, StringComparison.OrdinalIgnoreCase));
                return option is not null ? (option, null) : (null, "The answer is one of the question's options.");
            default:
                var text = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim() : null;
                return text switch
                {
                    null => (null, "The answer is text."),
                    { Length: > 2000 } => (null, "The answer is at most 2000 characters."),
                    _ when text.Contains('\0', StringComparison.Ordinal) => (null, "The answer contains a NUL character."),
                    _ => (text, null),
                };
        }
    }

    private static bool IsKnockout(ScreeningQuestion q, string answer) => q.KnockoutAnswer is { } knockout && q.QuestionType switch
    {
        "number" => decimal.TryParse(knockout, NumberStyles.Number, CultureInfo.InvariantCulture, out var minimum)
            && decimal.Parse(answer, CultureInfo.InvariantCulture) < minimum,
        _ => string.Equals(answer, knockout.Trim(), StringComparison.OrdinalIgnoreCase),
    };
}
