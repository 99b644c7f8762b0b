namespace Marketplace.Web.Api.Hiring;

/// <summary>How a stage reads at a glance.</summary>
public enum StageTone
{
    Waiting,
    Progressing,
    Positive,
    Ended,
}
