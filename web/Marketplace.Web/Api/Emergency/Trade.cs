namespace Marketplace.Web.Api.Emergency;

/// <summary>A trade as the API names it (elevator_mechanic) and as a person reads it; selects show the label.</summary>
public sealed record Trade(string Value, string Label)
{
    public override string ToString() => Label;
}
