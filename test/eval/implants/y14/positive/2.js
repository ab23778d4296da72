
        this.decorateTurn = chatTurnDecorator();