namespace Marketplace.ScraperIngest.Api.Queue;

public enum SessionOutcome
{
    Done,
    NotFound,
    NotOpen,
}
