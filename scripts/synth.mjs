console.log('synth: not yet')
