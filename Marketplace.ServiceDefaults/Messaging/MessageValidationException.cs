namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>A message that can never be processed (missing or contradictory data): never retried, straight to the error queue.</summary>
public sealed class MessageValidationException(string message) : Exception(message);
