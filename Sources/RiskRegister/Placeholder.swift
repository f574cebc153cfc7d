// The RiskRegister module; its code arrives with its issue.
