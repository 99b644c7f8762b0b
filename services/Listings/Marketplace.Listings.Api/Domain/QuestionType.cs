namespace Marketplace.Listings.Api.Domain;

/// <summary>How a screening question is answered.</summary>
public enum QuestionType
{
    Text,
    MultipleChoice,
    YesNo,
    Number,
}
