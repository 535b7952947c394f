namespace IWlz.Client.Registers.Internal;

/// <summary>Present in the service collection once the Leveringsregister is switched on with <c>AddLeveringsregisterClient()</c>.</summary>
internal sealed class LeveringsregisterSwitch;

/// <summary>Present once the template guard is in front of the registered <see cref="GraphQL.IGraphQLExecutor"/>, so it is added only once.</summary>
internal sealed class TemplateGuardRegistration;
