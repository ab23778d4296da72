        const pooledModel = this.getCapacityPoolModel();
        if (pooledModel) {
            return pooledModel;
        }
