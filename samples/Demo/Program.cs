Console.WriteLine("IWlz.Client demo: placeholder until the generator lands.");
return 0;
