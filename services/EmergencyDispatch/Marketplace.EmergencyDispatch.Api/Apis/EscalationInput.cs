namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>Tiered escalation: tell the best <c>first_wave_size</c> first, then widen in timed waves up to <c>max_radius_miles</c>.</summary>
public sealed record EscalationInput(int? FirstWaveSize, double? MaxRadiusMiles);
