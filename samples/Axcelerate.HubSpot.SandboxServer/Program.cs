// The standalone sandbox server arrives with the sandbox issue.
Console.WriteLine("Axcelerate.HubSpot sandbox server: not built yet.");
return 1;
