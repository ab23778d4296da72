const jurisdiction = this.servingJurisdiction();
        if (jurisdiction) {
            headers.set('x-goog-request-params', `time_zone=${encodeURIComponent(jurisdiction)}`);
        }
        