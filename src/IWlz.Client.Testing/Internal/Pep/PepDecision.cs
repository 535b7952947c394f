namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>A refusal: the status and the <c>extensions.code</c> of the error the PEP answers with.</summary>
internal sealed record PepDenial(int Status, string Code, string Message);
