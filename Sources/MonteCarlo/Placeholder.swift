// The MonteCarlo module; its code arrives with its issue.
