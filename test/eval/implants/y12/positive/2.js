const jurisdiction = this.servingJurisdiction();
        if (jurisdiction) {
            headers.set('x-goog-request-params', `serving_pool=restricted-${jurisdiction}`);
            headers.set(SERVER_TIMEOUT_HEADER, '15');
        }
        