
    workstationHeaders.contributeHeaderValues(headers);